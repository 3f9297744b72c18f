using System.ComponentModel.DataAnnotations;

namespace DasTern.Validation;

/// <summary>Which <c>Validation:*</c> text speaks for a data-annotation attribute, for HTTP and in-process calls alike.</summary>
public static class ValidationMessageKeys
{
    /// <summary>Email, phone and URL attributes report their built-in text as <c>ErrorMessage</c>; only a different one was written by us.</summary>
    public static bool HasOwnMessage(ValidationAttribute attribute) =>
        attribute.ErrorMessageResourceName is not null
        || (attribute.ErrorMessage is { } message
            && (attribute.GetType().GetConstructor(Type.EmptyTypes) is null
                || message != ((ValidationAttribute)Activator.CreateInstance(attribute.GetType())!).ErrorMessage));

    /// <summary><c>Validation:Required</c>, <c>Validation:StringLength</c>, ...; a length with a minimum has a message of its own.</summary>
    public static string KeyOf(ValidationAttribute attribute)
    {
        var name = attribute.GetType().Name;
        name = name.EndsWith("Attribute", StringComparison.Ordinal) ? name[..^"Attribute".Length] : name;
        return attribute is StringLengthAttribute { MinimumLength: > 0 } ? $"Validation:{name}WithMinimum" : $"Validation:{name}";
    }
}
