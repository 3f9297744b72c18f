namespace DasTern.Modularity;

/// <summary>Registers the class, and the interfaces it implements, for one instance per scope (request, job).</summary>
public interface IScopedDependency;
