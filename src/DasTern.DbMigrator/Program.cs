using DasTern;
using DasTern.Caching;
using DasTern.Data;
using DasTern.Identity;
using DasTern.OpenIddict;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Configuration.AddEnvironmentVariables("DASTERN_");
builder.Services
    .AddDasTernDomain()
    .AddDasTernApplicationContracts()
    .AddDasTernEntityFrameworkCore(builder.Configuration)
    .AddDasTernCaching(builder.Configuration)
    .AddDasTernDataSeeding();

using var host = builder.Build();
var problem = host.Services.GetRequiredService<IOptions<AdminUserOptions>>().Value.ProblemOutsideDevelopment(builder.Environment.IsDevelopment())
    ?? host.Services.GetRequiredService<IOptions<OpenIddictSeedOptions>>().Value.ProblemOutsideDevelopment(builder.Environment.IsDevelopment());
if (problem is not null)
{
    Console.Error.WriteLine(problem);
    return 1;
}

await using (var scope = host.Services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<DasTernDbMigrationService>().MigrateAsync();
}

return 0;
