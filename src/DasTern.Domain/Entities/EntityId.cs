namespace DasTern.Entities;

/// <summary>Time-ordered (version 7) GUIDs keep B-tree inserts at the right-hand edge of the index.</summary>
public static class EntityId
{
    public static Guid New() => Guid.CreateVersion7();
}
