using DasTern.Modularity;

namespace DasTern;

/// <summary>Every layer below the host, composed as the host composes them.</summary>
[DependsOn(typeof(DasTernApplicationModule), typeof(DasTernEntityFrameworkCoreModule))]
public sealed class DasTernTestModule : DasTernModule;
