using System.Collections.Frozen;
using System.ComponentModel;
using System.Text.Json.Serialization;

namespace DasTern.Authorization;

/// <summary>
/// The permissions granted to one provider and key. Immutable, so the in-memory cache level hands
/// out the same instance instead of deserializing a copy on every permission check.
/// </summary>
[ImmutableObject(true)]
public sealed class GrantedPermissions
{
    [JsonConstructor]
    public GrantedPermissions(IReadOnlyList<string> names)
    {
        Names = names;
        Set = names.ToFrozenSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<string> Names { get; }

    [JsonIgnore]
    public FrozenSet<string> Set { get; }
}
