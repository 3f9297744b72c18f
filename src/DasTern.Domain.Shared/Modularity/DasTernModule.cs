namespace DasTern.Modularity;

/// <summary>
/// A layer (one per project) or a feature that registers its own services. The layer modules of the
/// composition are found through <see cref="DependsOnAttribute"/>; every other module in an assembly
/// of the composition (a feature's) runs after its layer's. Conventions do most of the work
/// (<see cref="ModuleContext.Scan"/>): a module registers only what no convention covers.
/// </summary>
public abstract class DasTernModule
{
    public virtual void ConfigureServices(ModuleContext context)
    {
    }
}
