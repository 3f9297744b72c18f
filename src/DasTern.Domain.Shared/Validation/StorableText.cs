namespace DasTern.Validation;

/// <summary>
/// Text PostgreSQL can store as UTF-8: no NUL character and no unpaired UTF-16 surrogate (neither
/// has a UTF-8 form PostgreSQL accepts).
/// </summary>
public static class StorableText
{
    public static bool IsStorable(ReadOnlySpan<char> text)
    {
        if (text.Contains('\0'))
        {
            return false;
        }

        var index = text.IndexOfAnyInRange('\uD800', '\uDFFF');
        while (index >= 0)
        {
            if (!char.IsHighSurrogate(text[index]) || index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]))
            {
                return false;
            }

            var next = text[(index + 2)..].IndexOfAnyInRange('\uD800', '\uDFFF');
            index = next < 0 ? -1 : index + 2 + next;
        }

        return true;
    }

    /// <summary>JSON whose strings PostgreSQL's <c>jsonb</c> can store: no <c>\u0000</c> escape (an escaped backslash before <c>u0000</c> is fine).</summary>
    public static bool IsStorableJson(ReadOnlySpan<char> json)
    {
        if (!IsStorable(json))
        {
            return false;
        }

        var start = 0;
        while (json[start..].IndexOf("\\u0000", StringComparison.OrdinalIgnoreCase) is var found and >= 0)
        {
            var at = start + found;
            var backslashes = 0;
            for (var i = at; i >= 0 && json[i] == '\\'; i--)
            {
                backslashes++;
            }

            if (backslashes % 2 == 1)
            {
                return false;
            }

            start = at + 1;
        }

        return true;
    }
}
