using DasTern.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace DasTern.Validation;

/// <summary>Model binding's own messages (a value that does not parse, a missing body) in the caller's language.</summary>
public static class ModelBindingMessages
{
    public static void Localize(DefaultModelBindingMessageProvider messages, JsonStringLocalizer localizer)
    {
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => localizer["Validation:AttemptedValueIsInvalid", value, field]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => localizer["Validation:NonPropertyAttemptedValueIsInvalid", value]);
        messages.SetUnknownValueIsInvalidAccessor(field => localizer["Validation:UnknownValueIsInvalid", field]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => localizer["Validation:ValueIsInvalid"]);
        messages.SetValueIsInvalidAccessor(value => localizer["Validation:ValueIsInvalid"]);
        messages.SetValueMustBeANumberAccessor(field => localizer["Validation:ValueMustBeANumber", field]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => localizer["Validation:NonPropertyValueMustBeANumber"]);
        messages.SetValueMustNotBeNullAccessor(value => localizer["Validation:ValueMustNotBeNull", value]);
        messages.SetMissingBindRequiredValueAccessor(field => localizer["Validation:Required", field]);
        messages.SetMissingKeyOrValueAccessor(() => localizer["Validation:MissingKeyOrValue"]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => localizer["Validation:MissingRequestBody"]);
    }
}
