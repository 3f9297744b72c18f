using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DasTern.EntityFrameworkCore;

/// <summary>Used by <c>dotnet ef</c> to build the model for migrations; it never connects.</summary>
public sealed class DasTernDbContextFactory : IDesignTimeDbContextFactory<DasTernDbContext>
{
    public DasTernDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<DasTernDbContext>()
            .UseNpgsql("Host=localhost;Database=dastern_design")
            .Options);
}
