namespace DasTern.Services;

/// <summary>An application service and the contract it is called by, for the in-process invoker.</summary>
public sealed record ApplicationServiceRegistration(Type Contract, Type Implementation);
