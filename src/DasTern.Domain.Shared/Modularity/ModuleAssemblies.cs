using System.Reflection;

namespace DasTern.Modularity;

/// <summary>The assemblies of the running composition, for whatever is found by reflection once services exist (recurring jobs, say).</summary>
public sealed class ModuleAssemblies(IReadOnlyList<Assembly> assemblies)
{
    public IReadOnlyList<Assembly> All { get; } = assemblies;

    public IEnumerable<Type> Types => All.SelectMany(assembly => assembly.GetTypes());
}
