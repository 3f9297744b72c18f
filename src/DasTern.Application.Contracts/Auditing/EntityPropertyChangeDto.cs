using System.Text.Json;

namespace DasTern.Auditing;

/// <summary>One property of an entity change; the values are plain JSON (string, number, boolean, list, null).</summary>
public sealed class EntityPropertyChangeDto
{
    public string PropertyName { get; set; } = string.Empty;

    public JsonElement? OriginalValue { get; set; }

    public JsonElement? NewValue { get; set; }
}
