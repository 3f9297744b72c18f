namespace DasTern.Services;

/// <summary>
/// Marks an application service. Every implementation becomes an HTTP controller with ABP's
/// conventional routes unless it is marked <c>[RemoteService(false)]</c>.
/// </summary>
public interface IApplicationService;
