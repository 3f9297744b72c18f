using DasTern.Auditing;
using DasTern.Authorization;
using DasTern.Events;
using DasTern.ExceptionHandling;
using DasTern.Identity;
using DasTern.Medicines;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DasTern.EntityFrameworkCore;

public sealed class DasTernDbContext(DbContextOptions<DasTernDbContext> options)
    : IdentityDbContext<AppUser, AppRole, Guid>(options), IDataProtectionKeyContext
{
    /// <summary>The ASP.NET Core data-protection key ring (login cookie, antiforgery), shared by every instance.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Medicine> Medicines => Set<Medicine>();

    public DbSet<DrugInteractionRule> DrugInteractionRules => Set<DrugInteractionRule>();

    public DbSet<PermissionGrant> PermissionGrants => Set<PermissionGrant>();

    public DbSet<PermissionGrantSeed> PermissionGrantSeeds => Set<PermissionGrantSeed>();

    public DbSet<UserVerificationCode> UserVerificationCodes => Set<UserVerificationCode>();

    public DbSet<LoginSession> LoginSessions => Set<LoginSession>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxRecord> InboxRecords => Set<InboxRecord>();

    public DbSet<Security.RevokedAccessToken> RevokedAccessTokens => Set<Security.RevokedAccessToken>();

    public DbSet<AuditLog> AuditLogs => Set<AuditLog>();

    public DbSet<EntityChange> EntityChanges => Set<EntityChange>();

    public DbSet<DataAccessLog> DataAccessLogs => Set<DataAccessLog>();

    public DbSet<SecurityLog> SecurityLogs => Set<SecurityLog>();

    /// <summary>
    /// Every save, ours or Identity's and OpenIddict's, reports a unique-index race as a 409, not a 500,
    /// and text the database cannot store as a 400.
    /// Concurrency failures stay <see cref="DbUpdateConcurrencyException"/>: Identity and OpenIddict
    /// catch that type and answer in their own terms (a failed result, an already redeemed token).
    /// </summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        try
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        catch (DbUpdateException exception) when (DbUpdateExceptionTranslator.Translate(exception) is { } translated)
        {
            throw translated;
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (DbUpdateException exception) when (DbUpdateExceptionTranslator.Translate(exception) is { } translated)
        {
            throw translated;
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<IdentityUserRole<Guid>>().ToTable("UserRoles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("UserClaims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("UserLogins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("UserTokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("RoleClaims");
        builder.UseOpenIddict<Guid>();
        builder.HasPostgresExtension("pg_trgm");
        builder.ApplyConfigurationsFromAssembly(typeof(DasTernDbContext).Assembly);
        builder.ApplyAggregateConventions();
    }
}
