using System.Linq.Expressions;
using DasTern.Entities;
using Microsoft.EntityFrameworkCore;

namespace DasTern.EntityFrameworkCore;

/// <summary>What ABP's <c>ConfigureByConvention</c> does: soft-delete filter and concurrency token on every aggregate.</summary>
public static class ModelBuilderConventions
{
    public const int ConcurrencyStampMaxLength = 40;

    public static void ApplyAggregateConventions(this ModelBuilder builder)
    {
        foreach (var entityType in builder.Model.GetEntityTypes().Where(type => type.ClrType is not null))
        {
            var clrType = entityType.ClrType;
            if (typeof(IHasConcurrencyStamp).IsAssignableFrom(clrType))
            {
                builder.Entity(clrType).Property(nameof(IHasConcurrencyStamp.ConcurrencyStamp))
                    .IsConcurrencyToken()
                    .HasMaxLength(ConcurrencyStampMaxLength);
            }

            if (typeof(ISoftDelete).IsAssignableFrom(clrType))
            {
                var parameter = Expression.Parameter(clrType, "entity");
                var filter = Expression.Lambda(
                    Expression.Not(Expression.Property(parameter, nameof(ISoftDelete.IsDeleted))),
                    parameter);
                builder.Entity(clrType).HasQueryFilter(QueryFilters.SoftDelete, filter);
            }
        }
    }
}
