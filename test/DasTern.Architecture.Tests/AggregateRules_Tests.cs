using System.Reflection;
using DasTern.Entities;
using DasTern.Identity;
using DasTern.Medicines;
using Microsoft.AspNetCore.Identity;

namespace DasTern;

/// <summary>
/// Aggregates change only through their own methods. Identity's user and role are aggregates too;
/// the members they inherit from Identity keep the setters Identity's stores and managers need, so
/// only the members DasTern declares are held to the rule.
/// </summary>
public class AggregateRules_Tests
{
    private static readonly Assembly Domain = typeof(Medicine).Assembly;

    private static IEnumerable<Type> AggregateRoots() => Domain.GetTypes()
        .Where(type => type is { IsClass: true, IsAbstract: false } && (DerivesFrom(type, typeof(AggregateRoot<>)) || IsIdentityAggregate(type)));

    /// <summary>The roots and the types they are made of (owned children, values, collection items).</summary>
    private static IEnumerable<Type> AggregateTypes() => AggregateRoots()
        .SelectMany(root => OwnProperties(root).Select(property => ItemType(property.PropertyType)).Append(root))
        .Where(type => type.IsClass && type.Namespace?.StartsWith("DasTern", StringComparison.Ordinal) == true)
        .Distinct();

    private static IEnumerable<PropertyInfo> OwnProperties(Type type) => type
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(property => property.DeclaringType?.Namespace?.StartsWith("Microsoft.AspNetCore.Identity", StringComparison.Ordinal) != true);

    private static Type ItemType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyCollection<>) ? type.GetGenericArguments()[0] : type;

    private static bool DerivesFrom(Type type, Type openGeneric)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == openGeneric)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsIdentityAggregate(Type type) => DerivesFrom(type, typeof(IdentityUser<>)) || DerivesFrom(type, typeof(IdentityRole<>));

    [Fact]
    public void Should_Find_The_Aggregates()
    {
        AggregateTypes().ShouldContain(typeof(Medicine));
        AggregateTypes().ShouldContain(typeof(AppUser));
        AggregateTypes().ShouldContain(typeof(DoctorProfile));
        AggregateTypes().ShouldContain(typeof(PatientDosingPreferences));
    }

    [Fact]
    public void Should_Have_No_Public_Setters_On_Aggregates()
    {
        var settable = AggregateTypes()
            .SelectMany(type => OwnProperties(type).Where(property => property.SetMethod?.IsPublic == true).Select(property => $"{type.Name}.{property.Name}"));

        settable.ShouldBeEmpty();
    }

    [Fact]
    public void Should_Expose_Child_Collections_Only_Read_Only()
    {
        var mutable = AggregateTypes()
            .SelectMany(type => OwnProperties(type).Where(property => IsMutableCollection(property.PropertyType)).Select(property => $"{type.Name}.{property.Name}"));

        mutable.ShouldBeEmpty();
    }

    private static bool IsMutableCollection(Type type) =>
        type.IsArray || type.GetInterfaces().Append(type).Any(candidate => candidate.IsGenericType && candidate.GetGenericTypeDefinition() == typeof(ICollection<>));
}
