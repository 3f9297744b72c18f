using DasTern.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DasTern.EntityFrameworkCore;

/// <summary>The soft-delete filter is named, so a feature's own filter on the same entity adds to it.</summary>
public class QueryFilters_Tests
{
    [Fact]
    public void Should_Keep_A_Features_Own_Filter_Beside_The_Soft_Delete_Filter()
    {
        using var context = new FilteredContext();

        var entity = context.Model.FindEntityType(typeof(FilteredNote))!;

        entity.GetDeclaredQueryFilters().Select(filter => filter.Key).Order().ShouldBe([FilteredContext.OwnFilter, QueryFilters.SoftDelete]);
    }

    [Fact]
    public void Should_Lift_Only_The_Soft_Delete_Filter_When_Asked_By_Name()
    {
        using var context = new FilteredContext();

        var sql = context.Notes.IgnoreQueryFilters([QueryFilters.SoftDelete]).ToQueryString();

        var where = sql[sql.IndexOf("WHERE", StringComparison.Ordinal)..];
        where.ShouldContain("\"Owner\"");
        where.ShouldNotContain("\"IsDeleted\"");
    }

    [Fact]
    public void Should_Filter_Every_Soft_Deleted_Aggregate_Of_The_Application_By_Name()
    {
        using var services = DasTernTestServices.Build(TestSettings.For("Host=127.0.0.1;Database=unused", "query-filters", withRedis: false));
        using var scope = services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<DasTernDbContext>();

        var softDeleted = context.Model.GetEntityTypes().Where(type => typeof(ISoftDelete).IsAssignableFrom(type.ClrType)).ToList();

        softDeleted.ShouldNotBeEmpty();
        softDeleted.ShouldAllBe(type => type.FindDeclaredQueryFilter(QueryFilters.SoftDelete) != null);
    }

    private sealed class FilteredNote : ISoftDelete
    {
        public Guid Id { get; set; }

        public string Owner { get; set; } = string.Empty;

        public bool IsDeleted { get; set; }

        public Guid? DeleterId { get; set; }

        public DateTimeOffset? DeletionTime { get; set; }
    }

    private sealed class FilteredContext : DbContext
    {
        public const string OwnFilter = "OwnerOnly";

        public DbSet<FilteredNote> Notes => Set<FilteredNote>();

        protected override void OnConfiguring(DbContextOptionsBuilder options) => options.UseNpgsql("Host=127.0.0.1;Database=unused");

        protected override void OnModelCreating(ModelBuilder builder)
        {
            builder.Entity<FilteredNote>().HasQueryFilter(OwnFilter, note => note.Owner == "me");
            builder.ApplyAggregateConventions();
        }
    }
}
