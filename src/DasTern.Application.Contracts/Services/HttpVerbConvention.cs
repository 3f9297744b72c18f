namespace DasTern.Services;

/// <summary>
/// ABP's verb table: the first prefix (in this order) the method name starts with, ignoring case,
/// picks the verb; no match means POST. So <c>AddressLookupAsync</c> is a POST and <c>GetawayAsync</c> a GET.
/// </summary>
public static class HttpVerbConvention
{
    private static readonly (string Verb, string[] Prefixes)[] Table =
    [
        ("GET", ["GetList", "GetAll", "Get"]),
        ("PUT", ["Put", "Update"]),
        ("DELETE", ["Delete", "Remove"]),
        ("POST", ["Create", "Add", "Insert", "Post"]),
        ("PATCH", ["Patch"]),
    ];

    public const string DefaultVerb = "POST";

    public static string VerbOf(string methodName)
    {
        foreach (var (verb, prefixes) in Table)
        {
            if (prefixes.Any(prefix => methodName.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            {
                return verb;
            }
        }

        return DefaultVerb;
    }

    /// <summary>Removes the first prefix of the chosen verb the name starts with (nothing for the POST default).</summary>
    public static string RemoveVerbPrefix(string methodName, string verb)
    {
        var prefixes = Table.FirstOrDefault(row => row.Verb == verb).Prefixes ?? [];
        var prefix = prefixes.FirstOrDefault(candidate => methodName.StartsWith(candidate, StringComparison.OrdinalIgnoreCase));
        return prefix is null ? methodName : methodName[prefix.Length..];
    }

    public static bool IsBodyless(string verb) => verb is "GET" or "DELETE" or "HEAD" or "TRACE";
}
