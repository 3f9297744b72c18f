using System.Net.Http.Json;
using System.Text.Json;
using DasTern.ExceptionHandling;
using DasTern.Identity;
using DasTern.Infrastructure;
using DasTern.PermissionManagement;
using DasTern.Services;
using DasTern.Validation.Probe;
using Microsoft.Extensions.DependencyInjection;

namespace DasTern.Validation;

/// <summary>
/// A nested object's member and a list item's member are validated and reported by their path, in
/// the caller's language, the same over HTTP and through the in-process invoker.
/// </summary>
[Collection(HostTestCollection.Name)]
public sealed class NestedValidation_Tests(HostFixture fixture) : IAsyncLifetime
{
    private DasTernHostFactory _probeHost = null!;

    private static ValidationProbeInput Invalid => new()
    {
        Single = new ValidationProbeItem(),
        Items = [new ValidationProbeItem { Name = "fine" }, new ValidationProbeItem { Name = "far too long" }],
    };

    public Task InitializeAsync()
    {
        _probeHost = new DasTernHostFactory(fixture.Settings, configureServices: services =>
        {
            services.AddControllers().AddApplicationPart(typeof(ValidationProbeAppService).Assembly);
            services.AddScoped<ValidationProbeAppService>();
            services.AddSingleton(new ApplicationServiceRegistration(typeof(IValidationProbeAppService), typeof(ValidationProbeAppService)));
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _probeHost.DisposeAsync();

    [Fact]
    public async Task Should_Name_Nested_And_List_Item_Members_Over_Http_In_The_Callers_Language()
    {
        using var client = _probeHost.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("km");

        using var response = await client.PostAsJsonAsync("/api/app/validation-probe", Invalid);

        var errors = (await ProblemDetailsBody.ReadAsync(response, 400, CommonErrorCodes.ValidationFailed)).GetProperty("errors");
        errors.EnumerateObject().Select(member => member.Name).Order().ShouldBe(["items[1].name", "single.name"]);
        errors.GetProperty("single.name")[0].GetString().ShouldBe("ត្រូវតែបំពេញវាលនេះ។");
    }

    [Fact]
    public async Task Should_Name_Nested_And_List_Item_Members_Through_The_In_Process_Invoker()
    {
        await using var scope = _probeHost.Services.CreateAsyncScope();
        var invoker = scope.ServiceProvider.GetRequiredService<IApplicationServiceInvoker>();
        var input = Invalid;

        var failure = await Should.ThrowAsync<ValidationFailedException>(() => invoker.InvokeAsync<IValidationProbeAppService, int>(service => service.CreateAsync(input)));

        failure.Errors.Keys.Order().ShouldBe(["items[1].name", "single.name"]);
    }

    [Fact]
    public async Task Should_Reach_The_Service_When_Nested_Members_Are_Valid()
    {
        using var client = _probeHost.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/app/validation-probe", new ValidationProbeInput { Single = new() { Name = "one" }, Items = [new() { Name = "two" }] });

        response.EnsureSuccessStatusCode();
        (await response.Content.ReadFromJsonAsync<int>()).ShouldBe(1);
    }

    [Fact]
    public async Task Should_Name_The_List_Item_Of_A_Real_Input_Over_Http()
    {
        using var client = fixture.Client(await fixture.TokenForAsync(RoleNames.Admin));
        var input = new UpdatePermissionsDto { Permissions = [new UpdatePermissionDto { Name = new string('p', 129), IsGranted = true }] };

        using var response = await client.PutAsJsonAsync($"/api/permission-management/permissions?providerName=R&providerKey={RoleNames.Doctor}", input);

        var errors = (await ProblemDetailsBody.ReadAsync(response, 400, CommonErrorCodes.ValidationFailed)).GetProperty("errors");
        errors.EnumerateObject().Select(member => member.Name).ShouldBe(["permissions[0].name"]);
    }
}
