namespace DasTern.Modularity;

/// <summary>The modules a module builds on: they run first, and a layer's dependencies bring their assemblies into the composition.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class DependsOnAttribute(params Type[] modules) : Attribute
{
    public IReadOnlyList<Type> Modules { get; } = modules;
}
