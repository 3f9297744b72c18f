using DasTern.Services;

namespace DasTern.ApplicationConfiguration;

/// <summary>What a client needs to set itself up for the caller; served with an ETag at <c>/api/application-configuration</c>.</summary>
[RemoteService(RootPath = "application-configuration", Name = "")]
public interface IApplicationConfigurationAppService : IApplicationService
{
    Task<ApplicationConfigurationDto> GetAsync();
}
