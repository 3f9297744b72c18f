using System.Text.Json.Serialization.Metadata;

namespace DasTern.Validation;

/// <summary>
/// Makes deserialization refuse text PostgreSQL cannot store (NUL, unpaired surrogates) in any
/// string or list-of-strings property: model binding then reports a 400 on the member (the
/// serializer adds its path) instead of the database failing later with a 500. A contract
/// modifier rather than a string converter, so the OpenAPI schemas still see plain strings.
/// </summary>
public static class StorableTextJsonModifier
{
    public static void Apply(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in typeInfo.Properties)
        {
            if (property.Set is not { } set || !(property.PropertyType == typeof(string) || typeof(IEnumerable<string>).IsAssignableFrom(property.PropertyType)))
            {
                continue;
            }

            property.Set = (target, value) =>
            {
                if (!IsStorable(value))
                {
                    throw new UnstorableTextException();
                }

                set(target, value);
            };
        }
    }

    private static bool IsStorable(object? value) => value switch
    {
        string text => StorableText.IsStorable(text),
        IEnumerable<string?> texts => texts.All(text => text is null || StorableText.IsStorable(text)),
        _ => true,
    };
}
