namespace DasTern.Modularity;

/// <summary>Registers the class, and the interfaces it implements, for one instance per process.</summary>
public interface ISingletonDependency;
