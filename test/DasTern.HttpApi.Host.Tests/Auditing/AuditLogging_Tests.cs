using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DasTern.Identity;
using DasTern.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace DasTern.Auditing;

[Collection(HostTestCollection.Name)]
public class AuditLogging_Tests(HostFixture fixture)
{
    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    /// <summary>The record is written just after the answer is sent, so it may take a moment to appear.</summary>
    private static async Task<JsonElement> SingleAuditLogAsync(HttpClient admin, string correlationId)
    {
        for (var attempt = 0; ; attempt++)
        {
            var page = await admin.GetFromJsonAsync<JsonElement>($"/api/audit-logging/audit-logs?correlationId={correlationId}");
            if (page.GetProperty("totalCount").GetInt64() > 0 || attempt == 50)
            {
                page.GetProperty("totalCount").GetInt64().ShouldBe(1);
                return page.GetProperty("items")[0];
            }

            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task Should_Record_A_Change_With_Its_Request_And_Property_Values()
    {
        using var admin = fixture.Client(await fixture.TokenForAsync(RoleNames.Admin));
        var correlationId = Guid.NewGuid().ToString("N");
        using var create = new HttpRequestMessage(HttpMethod.Post, "/api/app/medicine")
        {
            Content = Json(new { genericName = $"Auditamol {correlationId}", category = "Other", dosageForm = "Tablet", unit = "mg" }),
        };
        create.Headers.Add("X-Correlation-Id", correlationId);
        create.Headers.UserAgent.ParseAdd("DasTernTests/1.0");
        using var created = await admin.SendAsync(create);
        var medicine = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = medicine.GetProperty("id").GetString();

        var request = await SingleAuditLogAsync(admin, correlationId);
        var changes = await admin.GetFromJsonAsync<JsonElement>($"/api/audit-logging/audit-logs/entity-changes?entityType=Medicine&entityId={id}");

        request.GetProperty("httpMethod").GetString().ShouldBe("POST");
        request.GetProperty("url").GetString().ShouldBe("/api/app/medicine");
        request.GetProperty("statusCode").GetInt32().ShouldBe(200);
        request.GetProperty("userName").GetString().ShouldBe(TestSettings.AdminEmail);
        request.GetProperty("clientId").GetString().ShouldBe(TestSettings.MobileClientId);
        request.GetProperty("userAgent").GetString().ShouldBe("DasTernTests/1.0");
        var change = changes.GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        change.GetProperty("changeType").GetString().ShouldBe("Created");
        change.GetProperty("correlationId").GetString().ShouldBe(correlationId);
        var properties = change.GetProperty("propertyChanges").EnumerateArray()
            .ToDictionary(p => p.GetProperty("propertyName").GetString()!, p => p.GetProperty("newValue"));
        properties["GenericName"].GetString().ShouldBe($"Auditamol {correlationId}");
        properties["IsActive"].GetBoolean().ShouldBeTrue();
        properties["DosageForm"].GetString().ShouldBe("Tablet");
        properties.ShouldNotContainKey("ConcurrencyStamp");
        properties.ShouldNotContainKey("SearchText");
    }

    [Fact]
    public async Task Should_Record_Old_And_New_Values_Of_An_Update()
    {
        using var admin = fixture.Client(await fixture.TokenForAsync(RoleNames.Admin));
        using var created = await admin.PostAsync("/api/app/medicine", Json(new { genericName = $"Updatol {Guid.NewGuid():N}", category = "Other", dosageForm = "Tablet", unit = "mg" }));
        var medicine = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = medicine.GetProperty("id").GetString();

        (await admin.PutAsync($"/api/app/medicine/{id}", Json(new
        {
            genericName = medicine.GetProperty("genericName").GetString(),
            category = "Analgesic",
            dosageForm = "Tablet",
            unit = "mg",
            concurrencyStamp = medicine.GetProperty("concurrencyStamp").GetString(),
        }))).EnsureSuccessStatusCode();
        var changes = await admin.GetFromJsonAsync<JsonElement>($"/api/audit-logging/audit-logs/entity-changes?entityType=Medicine&entityId={id}");

        var update = changes.GetProperty("items").EnumerateArray().Single(c => c.GetProperty("changeType").GetString() == "Updated");
        var category = update.GetProperty("propertyChanges").EnumerateArray()
            .Single(p => p.GetProperty("propertyName").GetString() == "Category");
        category.GetProperty("originalValue").GetString().ShouldBe("Other");
        category.GetProperty("newValue").GetString().ShouldBe("Analgesic");
    }

    [Fact]
    public async Task Should_Name_Identitys_Generic_Entities_Without_Their_Arity()
    {
        var (_, _, userId) = await fixture.CreateUserAsync(RoleNames.Caregiver);
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var role = await scope.ServiceProvider.GetRequiredService<RoleManager<AppRole>>().FindByNameAsync(RoleNames.Caregiver);
        using var admin = fixture.Client(await fixture.TokenForAsync(RoleNames.Admin));

        var changes = await admin.GetFromJsonAsync<JsonElement>($"/api/audit-logging/audit-logs/entity-changes?entityType=IdentityUserRole&entityId={userId},{role!.Id}");

        var roleLink = changes.GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        roleLink.GetProperty("entityType").GetString().ShouldBe("IdentityUserRole");
        roleLink.GetProperty("propertyChanges").EnumerateArray().Single(p => p.GetProperty("propertyName").GetString() == "UserId")
            .GetProperty("newValue").GetString().ShouldBe(userId.ToString());
    }

    [Fact]
    public async Task Should_Record_Failed_Reads_But_Not_Successful_Ones()
    {
        using var admin = fixture.Client(await fixture.TokenForAsync(RoleNames.Admin));
        var failed = Guid.NewGuid().ToString("N");
        var succeeded = Guid.NewGuid().ToString("N");

        using (var request = new HttpRequestMessage(HttpMethod.Get, $"/api/app/medicine/{Guid.NewGuid()}"))
        {
            request.Headers.Add("X-Correlation-Id", failed);
            (await admin.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        using (var request = new HttpRequestMessage(HttpMethod.Get, "/api/app/medicine/categories"))
        {
            request.Headers.Add("X-Correlation-Id", succeeded);
            (await admin.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var failedRecord = await SingleAuditLogAsync(admin, failed);
        failedRecord.GetProperty("statusCode").GetInt32().ShouldBe(404);
        failedRecord.GetProperty("exceptionType").GetString().ShouldBe(typeof(DasTern.ExceptionHandling.EntityNotFoundException).FullName);
        (await admin.GetFromJsonAsync<JsonElement>($"/api/audit-logging/audit-logs?correlationId={succeeded}")).GetProperty("totalCount").GetInt64().ShouldBe(0);
    }

    [Fact]
    public async Task Should_Never_Store_Password_Hashes_Security_Stamps_Tokens_Outbox_Messages_Or_Keys()
    {
        var (email, password, id) = await fixture.CreateUserAsync(RoleNames.Patient);
        using var anonymous = fixture.Client();
        await TokenClient.AccessTokenAsync(anonymous, email, password);
        using var admin = fixture.Client(await fixture.TokenForAsync(RoleNames.Admin));

        var userChanges = await admin.GetFromJsonAsync<JsonElement>($"/api/audit-logging/audit-logs/entity-changes?entityType=AppUser&entityId={id}");
        var tokenChanges = await admin.GetFromJsonAsync<JsonElement>("/api/audit-logging/audit-logs/entity-changes?entityType=OpenIddictEntityFrameworkCoreToken");
        // Registration writes an outbox message (an email with its code in plain text); the login page, the data-protection key ring.
        (await anonymous.PostAsJsonAsync("/api/account/register-patient", new { email = $"audit-{Guid.NewGuid():N}@dastern.test", password, firstName = "A", lastName = "B" })).EnsureSuccessStatusCode();
        (await anonymous.GetAsync("/account/login?returnUrl=%2F")).EnsureSuccessStatusCode();
        var outboxChanges = await admin.GetFromJsonAsync<JsonElement>("/api/audit-logging/audit-logs/entity-changes?entityType=OutboxMessage");
        var keyChanges = await admin.GetFromJsonAsync<JsonElement>("/api/audit-logging/audit-logs/entity-changes?entityType=DataProtectionKey");

        userChanges.GetProperty("totalCount").GetInt64().ShouldBeGreaterThan(0);
        userChanges.ToString().ShouldNotContain("PasswordHash");
        userChanges.ToString().ShouldNotContain("SecurityStamp");
        tokenChanges.GetProperty("totalCount").GetInt64().ShouldBe(0);
        outboxChanges.GetProperty("totalCount").GetInt64().ShouldBe(0);
        keyChanges.GetProperty("totalCount").GetInt64().ShouldBe(0);
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
