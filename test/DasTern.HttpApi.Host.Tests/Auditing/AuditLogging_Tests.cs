using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DasTern.Account;
using DasTern.Dtos;
using DasTern.Identity;
using DasTern.Infrastructure;
using DasTern.Medicines;
using DasTern.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace DasTern.Auditing;

[Collection(HostTestCollection.Name)]
public class AuditLogging_Tests(HostFixture fixture)
{
    private static readonly JsonSerializerOptions Json = WireJson.CreateOptions();

    private static CreateMedicineDto NewMedicine(string name) => new() { GenericName = name, Category = "Other", DosageForm = DosageForm.Tablet, Unit = "mg" };

    /// <summary>The record is written just after the answer is sent, so it may take a moment to appear.</summary>
    private static async Task<AuditLogDto> SingleAuditLogAsync(IAuditLogAppService auditLogs, string correlationId)
    {
        for (var attempt = 0; ; attempt++)
        {
            var page = await auditLogs.GetListAsync(new GetAuditLogsInput { CorrelationId = correlationId });
            if (page.TotalCount > 0 || attempt == 50)
            {
                page.TotalCount.ShouldBe(1);
                return page.Items[0];
            }

            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task Should_Record_A_Change_With_Its_Request_And_Property_Values()
    {
        var token = await fixture.TokenForAsync(RoleNames.Admin);
        using var client = fixture.Client(token);
        using var admin = fixture.Api(token);
        var auditLogs = admin.Service<IAuditLogAppService>();
        var correlationId = Guid.NewGuid().ToString("N");
        // Raw: the proxies send neither a correlation id nor a user agent of the caller's choosing.
        using var create = new HttpRequestMessage(HttpMethod.Post, "/api/app/medicine")
        {
            Content = JsonContent.Create(NewMedicine($"Auditamol {correlationId}"), options: Json),
        };
        create.Headers.Add("X-Correlation-Id", correlationId);
        create.Headers.UserAgent.ParseAdd("DasTernTests/1.0");
        using var created = await client.SendAsync(create);
        var medicine = (await created.Content.ReadFromJsonAsync<MedicineDto>(Json))!;

        var request = await SingleAuditLogAsync(auditLogs, correlationId);
        var changes = await auditLogs.GetEntityChangesAsync(new GetEntityChangesInput { EntityType = "Medicine", EntityId = medicine.Id.ToString() });

        request.HttpMethod.ShouldBe("POST");
        request.Url.ShouldBe("/api/app/medicine");
        request.StatusCode.ShouldBe(200);
        request.UserName.ShouldBe(TestSettings.AdminEmail);
        request.ClientId.ShouldBe(TestSettings.MobileClientId);
        request.UserAgent.ShouldBe("DasTernTests/1.0");
        var change = changes.Items.ShouldHaveSingleItem();
        change.ChangeType.ShouldBe(EntityChangeType.Created);
        change.CorrelationId.ShouldBe(correlationId);
        var properties = change.PropertyChanges.ToDictionary(p => p.PropertyName, p => p.NewValue);
        properties["GenericName"]?.GetString().ShouldBe($"Auditamol {correlationId}");
        properties["IsActive"]?.GetBoolean().ShouldBe(true);
        properties["DosageForm"]?.GetString().ShouldBe("Tablet");
        properties.ShouldNotContainKey("ConcurrencyStamp");
        properties.ShouldNotContainKey("SearchText");
    }

    [Fact]
    public async Task Should_Record_Old_And_New_Values_Of_An_Update()
    {
        using var admin = fixture.Api(await fixture.TokenForAsync(RoleNames.Admin));
        var medicines = admin.Service<IMedicineAppService>();
        var medicine = await medicines.CreateAsync(NewMedicine($"Updatol {Guid.NewGuid():N}"));

        await medicines.UpdateAsync(medicine.Id, new UpdateMedicineDto
        {
            GenericName = medicine.GenericName,
            Category = "Analgesic",
            DosageForm = DosageForm.Tablet,
            Unit = "mg",
            ConcurrencyStamp = medicine.ConcurrencyStamp,
        });
        var changes = await admin.Service<IAuditLogAppService>().GetEntityChangesAsync(
            new GetEntityChangesInput { EntityType = "Medicine", EntityId = medicine.Id.ToString() });

        var update = changes.Items.Single(c => c.ChangeType == EntityChangeType.Updated);
        var category = update.PropertyChanges.Single(p => p.PropertyName == "Category");
        category.OriginalValue?.GetString().ShouldBe("Other");
        category.NewValue?.GetString().ShouldBe("Analgesic");
    }

    [Fact]
    public async Task Should_Name_Identitys_Generic_Entities_Without_Their_Arity()
    {
        var (_, _, userId) = await fixture.CreateUserAsync(RoleNames.Caregiver);
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var role = await scope.ServiceProvider.GetRequiredService<RoleManager<AppRole>>().FindByNameAsync(RoleNames.Caregiver);
        using var admin = fixture.Api(await fixture.TokenForAsync(RoleNames.Admin));

        var changes = await admin.Service<IAuditLogAppService>().GetEntityChangesAsync(
            new GetEntityChangesInput { EntityType = "IdentityUserRole", EntityId = $"{userId},{role!.Id}" });

        var roleLink = changes.Items.ShouldHaveSingleItem();
        roleLink.EntityType.ShouldBe("IdentityUserRole");
        roleLink.PropertyChanges.Single(p => p.PropertyName == "UserId").NewValue?.GetString().ShouldBe(userId.ToString());
    }

    [Fact]
    public async Task Should_Record_Failed_Reads_But_Not_Successful_Ones()
    {
        var token = await fixture.TokenForAsync(RoleNames.Admin);
        using var client = fixture.Client(token);
        using var admin = fixture.Api(token);
        var auditLogs = admin.Service<IAuditLogAppService>();
        var failed = Guid.NewGuid().ToString("N");
        var succeeded = Guid.NewGuid().ToString("N");

        // Raw: each read carries a correlation id of the test's choosing.
        using (var request = new HttpRequestMessage(HttpMethod.Get, $"/api/app/medicine/{Guid.NewGuid()}"))
        {
            request.Headers.Add("X-Correlation-Id", failed);
            (await client.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        using (var request = new HttpRequestMessage(HttpMethod.Get, "/api/app/medicine/categories"))
        {
            request.Headers.Add("X-Correlation-Id", succeeded);
            (await client.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var failedRecord = await SingleAuditLogAsync(auditLogs, failed);
        failedRecord.StatusCode.ShouldBe(404);
        failedRecord.ExceptionType.ShouldBe(typeof(DasTern.ExceptionHandling.EntityNotFoundException).FullName);
        (await auditLogs.GetListAsync(new GetAuditLogsInput { CorrelationId = succeeded })).TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Should_Never_Store_Password_Hashes_Security_Stamps_Tokens_Outbox_Messages_Or_Keys()
    {
        var (email, password, id) = await fixture.CreateUserAsync(RoleNames.Patient);
        using var anonymous = fixture.Client();
        await TokenClient.AccessTokenAsync(anonymous, email, password);
        using var admin = fixture.Api(await fixture.TokenForAsync(RoleNames.Admin));
        var auditLogs = admin.Service<IAuditLogAppService>();
        Task<PagedResultDto<EntityChangeDto>> ChangesAsync(string entityType, string? entityId = null) =>
            auditLogs.GetEntityChangesAsync(new GetEntityChangesInput { EntityType = entityType, EntityId = entityId });

        var userChanges = await ChangesAsync("AppUser", id.ToString());
        var tokenChanges = await ChangesAsync("OpenIddictEntityFrameworkCoreToken");
        // Registration writes an outbox message (an email with its code in plain text); the login page, the data-protection key ring.
        using var anonymousApi = fixture.Api();
        await anonymousApi.Service<IAccountAppService>().RegisterPatientAsync(
            new RegisterDto { Email = $"audit-{Guid.NewGuid():N}@dastern.test", Password = password, FirstName = "A", LastName = "B" });
        (await anonymous.GetAsync("/account/login?returnUrl=%2F")).EnsureSuccessStatusCode();
        var outboxChanges = await ChangesAsync("OutboxMessage");
        var keyChanges = await ChangesAsync("DataProtectionKey");

        userChanges.TotalCount.ShouldBeGreaterThan(0);
        var userProperties = userChanges.Items.SelectMany(change => change.PropertyChanges).Select(p => p.PropertyName).ToList();
        userProperties.ShouldNotContain(name => name.Contains("PasswordHash", StringComparison.OrdinalIgnoreCase));
        userProperties.ShouldNotContain(name => name.Contains("SecurityStamp", StringComparison.OrdinalIgnoreCase));
        tokenChanges.TotalCount.ShouldBe(0);
        outboxChanges.TotalCount.ShouldBe(0);
        keyChanges.TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Should_Not_Fail_The_Request_When_The_Audit_Write_Fails_But_Count_It()
    {
        long failures = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == AuditRecordWriter.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref failures, value));
        listener.Start();
        var services = new ServiceCollection().AddSingleton<IServiceScopeFactory>(new BrokenScopeFactory()).BuildServiceProvider();
        var ran = false;
        var middleware = new AuditLoggingMiddleware(_ => { ran = true; return Task.CompletedTask; }, TimeProvider.System);
        var context = new DefaultHttpContext { RequestServices = services };
        var completion = new CompletionFeature();
        context.Features.Set<Microsoft.AspNetCore.Http.Features.IHttpResponseFeature>(completion);
        context.Request.Method = "POST";

        var writer = new AuditRecordWriter(services.GetRequiredService<IServiceScopeFactory>(), NullLogger<AuditRecordWriter>.Instance);
        await middleware.InvokeAsync(context, writer, new Tracing.CorrelationIdAccessor());
        await completion.CompleteAsync();

        ran.ShouldBeTrue();
        context.Response.StatusCode.ShouldBe(200);
        Interlocked.Read(ref failures).ShouldBe(1);
    }

    /// <summary>A response whose completion callbacks the test runs, as the server would after sending it.</summary>
    private sealed class CompletionFeature : Microsoft.AspNetCore.Http.Features.HttpResponseFeature
    {
        private readonly List<(Func<object, Task> Callback, object State)> _completed = [];

        public override void OnCompleted(Func<object, Task> callback, object state) => _completed.Add((callback, state));

        public override void OnStarting(Func<object, Task> callback, object state)
        {
        }

        public async Task CompleteAsync()
        {
            foreach (var (callback, state) in _completed)
            {
                await callback(state);
            }
        }
    }

    private sealed class BrokenScopeFactory : IServiceScopeFactory
    {
        public IServiceScope CreateScope() => throw new InvalidOperationException("database unavailable");
    }
}
