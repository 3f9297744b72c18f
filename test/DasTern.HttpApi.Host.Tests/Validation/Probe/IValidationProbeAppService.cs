using DasTern.Services;

namespace DasTern.Validation.Probe;

/// <summary>A test-only service whose input nests an object and a list, to see where each entry point reports their members.</summary>
public interface IValidationProbeAppService : IApplicationService
{
    Task<int> CreateAsync(ValidationProbeInput input);
}
