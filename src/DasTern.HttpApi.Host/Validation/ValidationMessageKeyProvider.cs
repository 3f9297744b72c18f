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
            if (ValidationMessageKeys.HasOwnMessage(attribute))
            {
                continue;
            }

            var key = ValidationMessageKeys.KeyOf(attribute);
            if (JsonStringLocalizer.Has(key))
            {
                attribute.ErrorMessage = key;
            }
        }
    }
}
