using Microsoft.AspNetCore.Authorization;

namespace DasTern.Validation.Probe;

/// <summary>Answers how many items it was given; it is reached only when the input is valid.</summary>
[AllowAnonymous]
public sealed class ValidationProbeAppService : IValidationProbeAppService
{
    public Task<int> CreateAsync(ValidationProbeInput input) => Task.FromResult(input.Items.Count);
}
