using System.ComponentModel.DataAnnotations;
using System.Reflection;
using DasTern.ExceptionHandling;
using DasTern.Localization;

namespace DasTern.Validation;

/// <summary>
/// Validates the arguments of an in-process application-service call with the same data
/// annotations MVC checks for HTTP calls, and the same <c>Validation:*</c> texts in the caller's
/// language, so both entry points reject the same input in the same words.
/// </summary>
public static class MethodArgumentValidator
{
    private static readonly JsonStringLocalizer Localizer = new();

    public static void Validate(MethodInfo method, object?[] arguments)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var parameters = method.GetParameters();
        for (var i = 0; i < parameters.Length; i++)
        {
            ValidateArgument(parameters[i], arguments[i], errors);
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray()));
        }
    }

    private static void ValidateArgument(ParameterInfo parameter, object? value, Dictionary<string, List<string>> errors)
    {
        var name = parameter.Name ?? "input";
        foreach (var attribute in parameter.GetCustomAttributes<ValidationAttribute>())
        {
            Check(attribute, value, new ValidationContext(value ?? new object()) { MemberName = name, DisplayName = name }, name, errors);
        }

        if (value is null)
        {
            if (IsComplex(parameter.ParameterType))
            {
                Add(errors, name, Localizer["Validation:Required"].Value);
            }

            return;
        }

        if (!IsComplex(value.GetType()))
        {
            return;
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property => property.CanRead && property.GetIndexParameters().Length == 0))
        {
            var context = new ValidationContext(value) { MemberName = property.Name, DisplayName = property.Name };
            foreach (var attribute in property.GetCustomAttributes<ValidationAttribute>(inherit: true))
            {
                Check(attribute, property.GetValue(value), context, property.Name, errors);
            }
        }

        if (errors.Count == 0 && value is IValidatableObject validatable)
        {
            foreach (var result in validatable.Validate(new ValidationContext(value)))
            {
                foreach (var member in result.MemberNames.DefaultIfEmpty(name))
                {
                    Add(errors, member, result.ErrorMessage ?? Localizer["Validation:ValueIsInvalid"].Value);
                }
            }
        }
    }

    private static void Check(ValidationAttribute attribute, object? value, ValidationContext context, string member, Dictionary<string, List<string>> errors)
    {
        if (attribute.GetValidationResult(value, context) is not { } result || result == ValidationResult.Success)
        {
            return;
        }

        Add(errors, member, LocalizedMessage(attribute, member) ?? result.ErrorMessage ?? Localizer["Validation:ValueIsInvalid"].Value);
    }

    /// <summary>The attribute's <c>Validation:*</c> text, formatted by the attribute itself (its limits fill the placeholders); null when it has a message of its own.</summary>
    private static string? LocalizedMessage(ValidationAttribute attribute, string member)
    {
        var key = ValidationMessageKeys.KeyOf(attribute);
        if (ValidationMessageKeys.HasOwnMessage(attribute) || !JsonStringLocalizer.Has(key))
        {
            return null;
        }

        // GetCustomAttributes hands out fresh instances, so setting the message changes no other caller's.
        attribute.ErrorMessage = Localizer[key].Value;
        return attribute.FormatErrorMessage(member);
    }

    private static bool IsComplex(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return !(underlying.IsPrimitive || underlying.IsEnum || underlying == typeof(string) || underlying == typeof(Guid)
            || underlying == typeof(decimal) || underlying == typeof(DateTime) || underlying == typeof(DateTimeOffset)
            || underlying == typeof(DateOnly) || underlying == typeof(TimeOnly) || underlying == typeof(TimeSpan)
            || underlying == typeof(CancellationToken));
    }

    private static void Add(Dictionary<string, List<string>> errors, string member, string message)
    {
        var key = MemberNames.ToCamelCase(member);
        if (!errors.TryGetValue(key, out var list))
        {
            errors[key] = list = [];
        }

        list.Add(message);
    }
}
