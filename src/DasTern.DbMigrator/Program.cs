using DasTern;
using DasTern.Data;
using DasTern.Identity;
using DasTern.Modularity;
using DasTern.OpenIddict;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Configuration.AddEnvironmentVariables("DASTERN_");
builder.Services.AddDasTernModule<DasTernDbMigratorModule>(builder.Configuration, builder.Environment.EnvironmentName, builder.Environment.ContentRootPath);
builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));

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
