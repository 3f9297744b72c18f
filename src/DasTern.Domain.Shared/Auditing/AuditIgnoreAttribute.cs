namespace DasTern.Auditing;

/// <summary>Keeps a property's values, or a whole entity type, out of the entity-change audit (secrets, noise).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Class)]
public sealed class AuditIgnoreAttribute : Attribute;
