namespace DasTern.Modularity;

/// <summary>Registers the class, and the interfaces it implements, for a new instance each time.</summary>
public interface ITransientDependency;
