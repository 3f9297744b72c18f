using System.Collections;
using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using DasTern.ExceptionHandling;
using DasTern.Localization;
using DasTern.Modularity;

namespace DasTern.Validation;

/// <summary>
/// Checks an application-service call's arguments against their data annotations, walking into
/// nested objects and every item of a list, and answers every failure at once, keyed by the path a
/// client sent (<c>items[0].name</c>, <c>single.name</c>) with the <c>Validation:*</c> text in the
/// caller's language. The one validator of every entry point: MVC's own model validation is off.
/// </summary>
/// <remarks>
/// Microsoft.Extensions.Validation walks objects the same way but needs its source generator to see
/// every input type, and in .NET 10 formats messages only in the attributes' own words.
/// </remarks>
public sealed class ArgumentValidator(JsonStringLocalizer localizer) : ISingletonDependency
{
    private const int MaxDepth = 16;

    /// <summary>Each input type's readable properties and their rules, read once: reflection per request is most of validation's cost.</summary>
    private static readonly ConcurrentDictionary<Type, PropertyRules[]> Shapes = new();

    private static readonly ConcurrentDictionary<ParameterInfo, ValidationAttribute[]> ParameterRules = new();

    private static readonly ConcurrentDictionary<MethodInfo, ParameterInfo[]> Parameters = new();

    public void Validate(MethodInfo method, object?[] arguments)
    {
        var errors = ErrorsOf(method, arguments);
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }
    }

    /// <summary>Every failure by member path; empty when the arguments are valid.</summary>
    public Dictionary<string, string[]> ErrorsOf(MethodInfo method, object?[] arguments)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var parameters = Parameters.GetOrAdd(method, static method => method.GetParameters());
        for (var i = 0; i < parameters.Length; i++)
        {
            ValidateArgument(parameters[i], arguments[i], errors);
        }

        return errors.Count == 0 ? [] : errors.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>A simple argument is reported under its own name; a complex one's members are the top-level names, as in a JSON body.</summary>
    private void ValidateArgument(ParameterInfo parameter, object? value, Dictionary<string, List<string>> errors)
    {
        var name = parameter.Name ?? "input";
        var attributes = ParameterRules.GetOrAdd(parameter, PropertyRules.AttributesOf);
        for (var i = 0; i < attributes.Length; i++)
        {
            Check(attributes[i], parameter, i, value, new ValidationContext(value ?? new object()) { MemberName = name, DisplayName = name }, string.Empty, name, errors);
        }

        if (IsSimple(parameter.ParameterType) || parameter.ParameterType == typeof(CancellationToken))
        {
            return;
        }

        if (value is null)
        {
            Add(errors, MemberNames.ToCamelCase(name), localizer["Validation:Required"].Value);
            return;
        }

        ValidateObject(value, prefix: string.Empty, errors, new HashSet<object>(ReferenceEqualityComparer.Instance), depth: 0);
    }

    private void ValidateObject(object value, string prefix, Dictionary<string, List<string>> errors, HashSet<object> visited, int depth)
    {
        if (depth > MaxDepth || !visited.Add(value))
        {
            return;
        }

        var errorsBefore = errors.Count;
        var context = new ValidationContext(value);
        foreach (var (property, jsonName, attributes) in Shapes.GetOrAdd(value.GetType(), PropertyRules.Of))
        {
            var member = property.GetValue(value);
            context.MemberName = context.DisplayName = property.Name;
            for (var i = 0; i < attributes.Length; i++)
            {
                Check(attributes[i], property, i, member, context, prefix, jsonName, errors);
            }

            ValidateChildren(member, prefix, jsonName, errors, visited, depth);
        }

        // As DataAnnotations does: an object's own rules run once its members are valid.
        if (errors.Count == errorsBefore && value is IValidatableObject validatable)
        {
            foreach (var result in validatable.Validate(new ValidationContext(value)))
            {
                foreach (var member in result.MemberNames.DefaultIfEmpty(string.Empty))
                {
                    Add(errors, member.Length == 0 ? (prefix.Length == 0 ? "body" : prefix) : Path(prefix, member), result.ErrorMessage ?? localizer["Validation:ValueIsInvalid"].Value);
                }
            }
        }
    }

    private void ValidateChildren(object? member, string prefix, string name, Dictionary<string, List<string>> errors, HashSet<object> visited, int depth)
    {
        if (member is null || IsSimple(member.GetType()))
        {
            return;
        }

        var path = Path(prefix, name);

        if (member is IEnumerable items and not IDictionary)
        {
            var index = 0;
            foreach (var item in items)
            {
                if (item is not null && !IsSimple(item.GetType()))
                {
                    ValidateObject(item, string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]"), errors, visited, depth + 1);
                }

                index++;
            }

            return;
        }

        ValidateObject(member, path, errors, visited, depth + 1);
    }

    /// <param name="owner">Where <paramref name="attribute"/> is declared, as the <paramref name="index"/>th validation attribute: a failure formats its message on a fresh copy.</param>
    /// <remarks>The member's path is built only for a failure: a valid call builds none.</remarks>
    private void Check(ValidationAttribute attribute, ICustomAttributeProvider owner, int index, object? value, ValidationContext context, string prefix, string name, Dictionary<string, List<string>> errors)
    {
        if (attribute.GetValidationResult(value, context) is not { } result || result == ValidationResult.Success)
        {
            return;
        }

        Add(errors, Path(prefix, name), LocalizedMessage(owner, index, context.DisplayName) ?? result.ErrorMessage ?? localizer["Validation:ValueIsInvalid"].Value);
    }

    /// <summary>The attribute's <c>Validation:*</c> text, formatted by the attribute itself (its limits fill the placeholders); null when it has a message of its own.</summary>
    private string? LocalizedMessage(ICustomAttributeProvider owner, int index, string member)
    {
        // A fresh instance: the cached ones are shared by concurrent calls in other languages.
        var attribute = PropertyRules.AttributesOf(owner)[index];
        var key = ValidationMessageKeys.KeyOf(attribute);
        if (ValidationMessageKeys.HasOwnMessage(attribute) || !JsonStringLocalizer.Has(key))
        {
            return null;
        }

        attribute.ErrorMessage = localizer[key].Value;
        return attribute.FormatErrorMessage(member);
    }

    private static string Path(string prefix, string member) =>
        prefix.Length == 0 ? MemberNames.ToCamelCase(member) : prefix + "." + MemberNames.ToCamelCase(member);

    private static bool IsSimple(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsPrimitive || underlying.IsEnum || underlying == typeof(string) || underlying == typeof(Guid)
            || underlying == typeof(decimal) || underlying == typeof(DateTime) || underlying == typeof(DateTimeOffset)
            || underlying == typeof(DateOnly) || underlying == typeof(TimeOnly) || underlying == typeof(TimeSpan)
            || underlying == typeof(Uri);
    }

    private static void Add(Dictionary<string, List<string>> errors, string path, string message)
    {
        if (!errors.TryGetValue(path, out var list))
        {
            errors[path] = list = [];
        }

        list.Add(message);
    }
}
