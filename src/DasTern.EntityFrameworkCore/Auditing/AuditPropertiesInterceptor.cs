using DasTern.Entities;
using DasTern.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DasTern.Auditing;

/// <summary>
/// On save: fills creation/modification/deletion audit properties, turns deletes of soft-delete
/// entities into updates, and rotates concurrency stamps, checking against the stamp the caller
/// supplied (the current value) rather than the one loaded. A change to any entity of an aggregate
/// (an owned child saved in its own row) rotates its root's stamp too, so the root's row is updated
/// with a stamp check and an edit made from a stale read of any part of the aggregate conflicts.
/// </summary>
public sealed class AuditPropertiesInterceptor(ICurrentPrincipalAccessor principalAccessor, TimeProvider timeProvider) : SaveChangesInterceptor
{
    private const string ConcurrencyStampName = nameof(IHasConcurrencyStamp.ConcurrencyStamp);

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
        var entries = context.ChangeTracker.Entries().ToList();
        TouchRootsOfChangedChildren(entries);
        foreach (var entry in entries)
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

        var property = entry.Property(ConcurrencyStampName);
        property.OriginalValue = stamped.ConcurrencyStamp;
        if (entry.State != EntityState.Deleted)
        {
            property.CurrentValue = NewStamp();
        }
    }

    /// <summary>
    /// Marks the root of every changed owned entity modified through its stamp: our roots are rotated by
    /// <see cref="RotateStamp"/> like any modified root; Identity's user, whose own saves rotate its stamp,
    /// gets a new one here when only a child changed.
    /// </summary>
    private static void TouchRootsOfChangedChildren(List<EntityEntry> entries)
    {
        var changedChildren = entries
            .Where(entry => entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && entry.Metadata.IsOwned())
            .ToList();
        foreach (var child in changedChildren)
        {
            var root = FindRoot(entries, child);
            if (root is not { State: EntityState.Unchanged or EntityState.Modified }
                || root.Properties.FirstOrDefault(property => property.Metadata is { Name: ConcurrencyStampName, IsConcurrencyToken: true }) is not { IsModified: false } stamp)
            {
                continue;
            }

            if (root.Entity is IHasConcurrencyStamp)
            {
                stamp.IsModified = true;
            }
            else
            {
                stamp.CurrentValue = NewStamp();
            }
        }
    }

    private static EntityEntry? FindRoot(List<EntityEntry> entries, EntityEntry child)
    {
        var entry = child;
        while (entry is not null && entry.Metadata.FindOwnership() is { } ownership)
        {
            var key = ownership.Properties.Select(property => entry.Property(property.Name).CurrentValue).ToList();
            entry = entries.FirstOrDefault(candidate => ownership.PrincipalEntityType.IsAssignableFrom(candidate.Metadata)
                && ownership.PrincipalKey.Properties.Select(property => candidate.Property(property.Name).CurrentValue).SequenceEqual(key));
        }

        return entry;
    }

    private static string NewStamp() => ConcurrencyStamps.New();
}
