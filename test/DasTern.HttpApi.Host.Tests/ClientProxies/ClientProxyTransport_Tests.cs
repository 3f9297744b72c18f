using System.Net;
using DasTern.Medicines;
using Microsoft.Extensions.DependencyInjection;

namespace DasTern.ClientProxies;

/// <summary>What lies between a client and the API (a gateway, a flaky network), played by a stub handler.</summary>
public class ClientProxyTransport_Tests
{
    private static ServiceProvider ProxiesOver(StubHandler stub)
    {
        var services = new ServiceCollection();
        services.AddDasTernHttpApiClient(new Uri("http://api.dastern.test")).ConfigurePrimaryHttpMessageHandler(() => stub);
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task Should_Not_Repeat_A_Write_Whose_Answer_Was_A_Transient_Failure()
    {
        var stub = new StubHandler(HttpStatusCode.ServiceUnavailable);
        await using var services = ProxiesOver(stub);

        await Should.ThrowAsync<HttpRequestException>(
            () => services.GetRequiredService<IMedicineAppService>().CreateAsync(new CreateMedicineDto()));

        stub.Requests.ShouldBe(["POST http://api.dastern.test/api/app/medicine"]);
    }

    [Fact]
    public async Task Should_Repeat_A_Read_After_A_Transient_Failure()
    {
        var stub = new StubHandler(HttpStatusCode.ServiceUnavailable);
        await using var services = ProxiesOver(stub);

        await Should.ThrowAsync<HttpRequestException>(() => services.GetRequiredService<IMedicineAppService>().GetCategoriesAsync());

        stub.Requests.Count.ShouldBeGreaterThan(1);
        stub.Requests.ShouldAllBe(request => request == "GET http://api.dastern.test/api/app/medicine/categories");
    }

    [Fact]
    public async Task Should_Place_A_Complex_Query_Argument_As_One_Key_Per_Property()
    {
        var stub = new StubHandler(HttpStatusCode.ServiceUnavailable);
        await using var services = ProxiesOver(stub);

        await Should.ThrowAsync<HttpRequestException>(() => services.GetRequiredService<IMedicineAppService>()
            .GetListAsync(new GetMedicineListInput { Filter = "amox & co", DosageForm = DosageForm.Syrup, MaxResultCount = 5 }));

        stub.Requests[0].ShouldBe("GET http://api.dastern.test/api/app/medicine?filter=amox%20%26%20co&dosageForm=Syrup&skipCount=0&maxResultCount=5");
    }
}
