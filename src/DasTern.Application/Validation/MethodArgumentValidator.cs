using System.ComponentModel.DataAnnotations;
using System.Reflection;
using DasTern.ExceptionHandling;

namespace DasTern.Validation;

/// <summary>
/// Validates the arguments of an in-process application-service call with the same data
/// annotations MVC checks for HTTP calls, so both entry points reject the same input.
/// </summary>
public static class MethodArgumentValidator
{
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
        var context = new ValidationContext(value ?? new object()) { MemberName = name, DisplayName = name };
        foreach (var attribute in parameter.GetCustomAttributes<ValidationAttribute>())
        {
            var result = attribute.GetValidationResult(value, context);
            if (result is not null && result != ValidationResult.Success)
            {
                Add(errors, MemberNames.ToCamelCase(name), result.ErrorMessage ?? $"The {name} field is not valid.");
            }
        }

        if (value is null)
        {
            if (IsComplex(parameter.ParameterType))
            {
                Add(errors, MemberNames.ToCamelCase(name), $"The {name} field is required.");
            }

            return;
        }

        if (!IsComplex(value.GetType()))
        {
            return;
        }

        var results = new List<ValidationResult>();
        Validator.TryValidateObject(value, new ValidationContext(value), results, validateAllProperties: true);
        foreach (var result in results)
        {
            var members = result.MemberNames.DefaultIfEmpty(string.Empty);
            foreach (var member in members)
            {
                Add(errors, member.Length == 0 ? MemberNames.ToCamelCase(name) : MemberNames.ToCamelCase(member), result.ErrorMessage ?? "Invalid value.");
            }
        }
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
        if (!errors.TryGetValue(member, out var list))
        {
            errors[member] = list = [];
        }

        list.Add(message);
    }
}
