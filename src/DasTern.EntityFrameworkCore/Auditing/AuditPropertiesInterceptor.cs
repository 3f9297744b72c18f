using DasTern.Entities;
using DasTern.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DasTern.Auditing;

/// <summary>
/// On save: fills creation/modification/deletion audit properties, turns deletes of soft-delete
/// entities into updates, and rotates concurrency stamps, checking against the stamp the caller
/// supplied (the current value) rather than the one loaded.
/// </summary>
public sealed class AuditPropertiesInterceptor(ICurrentPrincipalAccessor principalAccessor, TimeProvider timeProvider) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Apply(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Apply(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Apply(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var now = timeProvider.GetUtcNow();
        var userId = Guid.TryParse(principalAccessor.Principal.FindFirst(DasTernClaimTypes.UserId)?.Value, out var id) ? id : (Guid?)null;
        foreach (var entry in context.ChangeTracker.Entries().ToList())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    SetIfAudited(entry, nameof(IAuditedObject.CreationTime), now);
                    SetIfAudited(entry, nameof(IAuditedObject.CreatorId), userId);
                    break;
                case EntityState.Modified:
                    SetIfAudited(entry, nameof(IAuditedObject.LastModificationTime), now);
                    SetIfAudited(entry, nameof(IAuditedObject.LastModifierId), userId);
                    RotateStamp(entry);
                    break;
                case EntityState.Deleted when entry.Entity is ISoftDelete:
                    entry.State = EntityState.Modified;
                    entry.Property(nameof(ISoftDelete.IsDeleted)).CurrentValue = true;
                    entry.Property(nameof(ISoftDelete.DeletionTime)).CurrentValue = now;
                    entry.Property(nameof(ISoftDelete.DeleterId)).CurrentValue = userId;
                    RotateStamp(entry);
                    break;
                case EntityState.Deleted:
                    RotateStamp(entry);
                    break;
            }
        }
    }

    private static void SetIfAudited(EntityEntry entry, string property, object? value)
    {
        if (entry.Entity is IAuditedObject)
        {
            entry.Property(property).CurrentValue = value;
        }
    }

    private static void RotateStamp(EntityEntry entry)
    {
        if (entry.Entity is not IHasConcurrencyStamp stamped)
        {
            return;
        }

        var property = entry.Property(nameof(IHasConcurrencyStamp.ConcurrencyStamp));
        property.OriginalValue = stamped.ConcurrencyStamp;
        if (entry.State != EntityState.Deleted)
        {
            stamped.ConcurrencyStamp = Guid.NewGuid().ToString("N");
        }
    }
}
