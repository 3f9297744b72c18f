namespace DasTern.Authorization.Permissions;

/// <summary>Collects every provider's definitions once, in a fixed order; rejects a name defined twice.</summary>
public sealed class PermissionDefinitionManager : IPermissionDefinitionManager
{
    private readonly Dictionary<string, PermissionDefinition> _byName;

    public PermissionDefinitionManager(IEnumerable<IPermissionDefinitionProvider> providers)
    {
        var context = new PermissionDefinitionContext();
        foreach (var provider in providers.OrderBy(provider => provider.Order).ThenBy(provider => provider.GetType().FullName, StringComparer.Ordinal))
        {
            provider.Define(context);
        }

        Groups = context.Groups;
        All = context.Groups.SelectMany(group => group.Flatten()).ToList();
        _byName = new Dictionary<string, PermissionDefinition>(StringComparer.Ordinal);
        foreach (var permission in All)
        {
            if (!_byName.TryAdd(permission.Name, permission))
            {
                throw new InvalidOperationException($"Permission '{permission.Name}' is defined twice.");
            }
        }

        var names = string.Join('\n', _byName.Keys.Order(StringComparer.Ordinal));
        Version = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(names)))[..12];
    }

    public string Version { get; }

    public IReadOnlyList<PermissionGroupDefinition> Groups { get; }

    public IReadOnlyList<PermissionDefinition> All { get; }

    public PermissionDefinition? Find(string name) => _byName.GetValueOrDefault(name);
}
