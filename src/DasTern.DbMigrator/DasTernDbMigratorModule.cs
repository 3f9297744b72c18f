using DasTern.Modularity;

namespace DasTern;

/// <summary>The migrator: persistence and the permission definitions the seed needs, no application services, no web host.</summary>
[DependsOn(typeof(DasTernEntityFrameworkCoreModule), typeof(DasTernApplicationContractsModule))]
public sealed class DasTernDbMigratorModule : DasTernModule;
