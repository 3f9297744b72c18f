using DasTern.Modularity;

namespace DasTern;

/// <summary>The contracts layer: its permission definitions register by convention; nothing else to add.</summary>
public sealed class DasTernApplicationContractsModule : DasTernModule;
