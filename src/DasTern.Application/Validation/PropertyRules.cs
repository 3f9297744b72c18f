using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace DasTern.Validation;

/// <summary>A readable property of an input type, its name as a client spells it, and the validation attributes on it, in declaration order.</summary>
internal sealed record PropertyRules(PropertyInfo Property, string JsonName, ValidationAttribute[] Attributes)
{
    public static PropertyRules[] Of(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.CanRead && property.GetIndexParameters().Length == 0)
            .Select(property => new PropertyRules(property, MemberNames.ToCamelCase(property.Name), AttributesOf(property)))
            .ToArray();

    /// <summary>Fresh instances on every call, always in the same order.</summary>
    public static ValidationAttribute[] AttributesOf(ICustomAttributeProvider owner) => owner switch
    {
        PropertyInfo property => (ValidationAttribute[])Attribute.GetCustomAttributes(property, typeof(ValidationAttribute), inherit: true),
        ParameterInfo parameter => (ValidationAttribute[])Attribute.GetCustomAttributes(parameter, typeof(ValidationAttribute), inherit: true),
        _ => throw new ArgumentException("Validation attributes are read from properties and parameters only.", nameof(owner)),
    };
}
