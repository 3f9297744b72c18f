using System.ComponentModel.DataAnnotations;
using DasTern.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace DasTern.Validation;

/// <summary>
/// Gives every data-annotation attribute without a message of its own a localization key, so MVC's
/// data-annotations localization looks its message up in en.json/km.json by the caller's language.
/// Without a key MVC uses the attribute's built-in English text (which for a regular expression
/// even shows the pattern).
/// </summary>
public sealed class ValidationMessageKeyProvider : IValidationMetadataProvider
{
    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        foreach (var attribute in context.ValidationMetadata.ValidatorMetadata.OfType<ValidationAttribute>())
        {
            if (HasOwnMessage(attribute))
            {
                continue;
            }

            var key = KeyOf(attribute);
            if (JsonStringLocalizer.Has(key))
            {
                attribute.ErrorMessage = key;
            }
        }
    }

    /// <summary>Email, phone and URL attributes report their built-in text as <c>ErrorMessage</c>; only a different one was written by us.</summary>
    private static bool HasOwnMessage(ValidationAttribute attribute) =>
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
