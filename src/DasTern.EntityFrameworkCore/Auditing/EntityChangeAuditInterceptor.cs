using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using DasTern.Entities;
using DasTern.Security;
using DasTern.Tracing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DasTern.Auditing;

/// <summary>
/// Adds an <see cref="EntityChange"/> row for every entity the save creates, updates or deletes, so
/// the audit trail commits or rolls back with the change itself. Secrets (password hashes, security
/// stamps, tokens, codes, authenticator keys, data-protection keys) are never recorded.
/// </summary>
public sealed class EntityChangeAuditInterceptor(
    ICurrentPrincipalAccessor principalAccessor,
    ICorrelationIdAccessor correlationIdAccessor,
    TimeProvider timeProvider) : SaveChangesInterceptor
{
    private static readonly HashSet<string> IgnoredProperties =
        ["PasswordHash", "SecurityStamp", "ConcurrencyStamp", "NormalizedUserName", "NormalizedEmail", "NormalizedName", "SearchText"];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Record(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var now = timeProvider.GetUtcNow();
        var userId = Guid.TryParse(principalAccessor.Principal.FindFirst(DasTernClaimTypes.UserId)?.Value, out var id) ? id : (Guid?)null;
        var changes = context.ChangeTracker.Entries()
            .Where(entry => entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && IsAudited(entry))
            .Select(entry => Describe(entry, now))
            .Where(change => change is not null)
            .ToList();

        foreach (var change in changes)
        {
            change!.UserId = userId;
            change.CorrelationId = correlationIdAccessor.CorrelationId;
            context.Add(change);
        }
    }

    private static bool IsAudited(EntityEntry entry)
    {
        var type = entry.Entity.GetType();
        return !type.IsDefined(typeof(AuditIgnoreAttribute), inherit: true)
            && !type.Namespace!.StartsWith("OpenIddict", StringComparison.Ordinal)
            && entry.Metadata.GetTableName() is not ("UserTokens" or "DataProtectionKeys");
    }

    private static EntityChange? Describe(EntityEntry entry, DateTimeOffset now)
    {
        var changeType = entry.State switch
        {
            EntityState.Added => EntityChangeType.Created,
            EntityState.Deleted => EntityChangeType.Deleted,
            _ when entry.Entity is ISoftDelete && entry.Property(nameof(ISoftDelete.IsDeleted)) is { IsModified: true, CurrentValue: true } => EntityChangeType.Deleted,
            _ => EntityChangeType.Updated,
        };

        var properties = entry.Properties
            .Where(property => !IgnoredProperties.Contains(property.Metadata.Name) && !IsIgnored(property.Metadata.PropertyInfo))
            .Where(property => changeType != EntityChangeType.Updated || (property.IsModified && !Equals(property.OriginalValue, property.CurrentValue)))
            .Select(property => new EntityPropertyChange(
                property.Metadata.Name,
                changeType == EntityChangeType.Created ? null : property.OriginalValue,
                changeType == EntityChangeType.Deleted && entry.State == EntityState.Deleted ? null : property.CurrentValue))
            .ToList();
        if (changeType == EntityChangeType.Updated && properties.Count == 0)
        {
            return null;
        }

        var key = string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(property => entry.Property(property.Name).CurrentValue));
        return new EntityChange(EntityId.New(), now, changeType, ReadableName(entry.Metadata.ClrType), key, JsonSerializer.Serialize(properties, Json));
    }

    private static bool IsIgnored(PropertyInfo? property) => property?.IsDefined(typeof(AuditIgnoreAttribute), inherit: true) == true;

    /// <summary><c>IdentityUserRole</c>, not the CLR's <c>IdentityUserRole`1</c>.</summary>
    private static string ReadableName(Type type) =>
        type.IsGenericType ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] : type.Name;
}
