using DasTern.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DasTern.Events;

/// <summary>
/// A host with a database, an SMTP server and a clock of its own, and the probe handlers: its
/// background jobs (deliveries, emails) run only here, and tests move time forward to make messages overdue.
/// </summary>
public sealed class OutboxHostFixture : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;

    public TestSmtpServer Smtp { get; } = new();

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateSeededAsync();
        var settings = TestSettings.WithJobServer(TestSettings.For(Database));
        settings["Email:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Smtp.Start();
        Factory = new DasTernHostFactory(settings).WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddScoped<ILocalEventHandler<ProbeEvent>, ProbeMedicineWriter>();
            services.AddScoped<IOutboxEventHandler<ProbeEvent>, ProbeEffectCounter>();
            services.AddScoped<IOutboxEventHandler<ProbeEvent>, FlakyProbeHandler>();
            services.AddScoped<ILocalEventHandler<Medicines.MedicineCatalogueChanged>, RejectingMedicineHandler>();
        }));
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Smtp.DisposeAsync();
        await Database.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class OutboxTestCollection : ICollectionFixture<OutboxHostFixture>
{
    public const string Name = "Outbox";
}
