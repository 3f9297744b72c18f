using DasTern.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DasTern.EntityFrameworkCore;

[Collection(EfCoreTestCollection.Name)]
public class Migrations_Tests(EfCoreFixture fixture)
{
    [Fact]
    public async Task Should_Have_A_Migration_For_Every_Model_Change()
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DasTernDbContext>();

        db.Database.HasPendingModelChanges().ShouldBeFalse("run: dotnet ef migrations add <Name> --project src/DasTern.EntityFrameworkCore");
        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_Filter_Soft_Deleted_Rows_In_Unique_Indexes()
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DasTernDbContext>();

        var definition = await db.Database
            .SqlQuery<string>($"SELECT indexdef AS \"Value\" FROM pg_indexes WHERE tablename = 'Medicines' AND indexdef LIKE '%UNIQUE%NormalizedGenericName%'")
            .SingleAsync();

        definition.ShouldContain("WHERE (\"IsDeleted\" = false)");
    }
}
