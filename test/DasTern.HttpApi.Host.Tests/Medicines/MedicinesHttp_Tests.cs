using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DasTern.ExceptionHandling;
using DasTern.Identity;
using DasTern.Infrastructure;

namespace DasTern.Medicines;

/// <summary>The foundation issue's acceptance list, through the real HTTP pipeline and real tokens.</summary>
[Collection(HostTestCollection.Name)]
public class MedicinesHttp_Tests(HostFixture fixture)
{
    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    private static CreateMedicineDto NewMedicine(string name) => new()
    {
        GenericName = name,
        Category = "Other",
        DosageForm = DosageForm.Tablet,
        Strengths = ["5 mg"],
        Unit = "mg",
    };

    [Fact]
    public async Task Should_List_Medicines_Filtered_By_Amox_For_The_Admin()
    {
        using var api = fixture.Api(await fixture.TokenForAsync(RoleNames.Admin));

        var page = await api.Service<IMedicineAppService>().GetListAsync(new GetMedicineListInput { Filter = "amox", MaxResultCount = 50 });

        page.TotalCount.ShouldBeGreaterThanOrEqualTo(2);
        page.Items.Select(item => item.GenericName).ShouldContain("Amoxicillin");
        // The proxies would read a number too: the wire shape of an enum is checked on the raw answer.
        using var client = fixture.Client(await fixture.TokenForAsync(RoleNames.Admin));
        var raw = await client.GetFromJsonAsync<JsonElement>("/api/app/medicine?filter=amox");
        raw.GetProperty("items")[0].GetProperty("dosageForm").GetString().ShouldBe(page.Items[0].DosageForm.ToString());
    }

    [Fact]
    public async Task Should_Let_An_Account_Without_Any_Role_Read_The_Catalogue_But_Not_Change_It()
    {
        var (email, password, _) = await fixture.CreateUserAsync(role: null);
        using var anonymous = fixture.Client();
        using var api = fixture.Api(await TokenClient.AccessTokenAsync(anonymous, email, password));
        var medicines = api.Service<IMedicineAppService>();

        var page = await medicines.GetListAsync(new GetMedicineListInput { Filter = "amox" });
        var ids = page.Items.Take(2).Select(item => item.Id).ToList();
        var one = await medicines.GetAsync(ids[0]);
        var categories = await medicines.GetCategoriesAsync();
        await medicines.CheckInteractionsAsync(new CheckInteractionsInput { MedicineIds = ids });

        ids.Count.ShouldBe(2);
        one.Id.ShouldBe(ids[0]);
        categories.Items.ShouldNotBeEmpty();
        await RemoteFailure.ShouldThrowAsync<AuthorizationFailedException>(
            () => medicines.CreateAsync(NewMedicine($"Nobodyol {Guid.NewGuid():N}")), 403, CommonErrorCodes.Forbidden);
    }

    [Fact]
    public async Task Should_Answer_401_With_Problem_Details_Without_A_Token()
    {
        using var client = fixture.Client();

        using var response = await client.GetAsync("/api/app/medicine?filter=amox");

        await ProblemDetailsBody.ReadAsync(response, 401, CommonErrorCodes.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().ShouldStartWith("Bearer");
    }

    [Fact]
    public async Task Should_Answer_401_For_A_Forged_Token()
    {
        using var api = fixture.Api("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl");

        await RemoteFailure.ShouldThrowAsync<AuthorizationFailedException>(
            () => api.Service<IMedicineAppService>().GetListAsync(new GetMedicineListInput()), 401, CommonErrorCodes.Unauthorized);
    }

    [Fact]
    public async Task Should_Answer_403_When_A_Patient_Creates_A_Medicine()
    {
        using var api = fixture.Api(await fixture.TokenForAsync(RoleNames.Patient));

        await RemoteFailure.ShouldThrowAsync<AuthorizationFailedException>(
            () => api.Service<IMedicineAppService>().CreateAsync(NewMedicine($"Forbiddine {Guid.NewGuid():N}")), 403, CommonErrorCodes.Forbidden);
    }

    [Fact]
    public async Task Should_Answer_400_With_Errors_Per_Member_For_An_Invalid_Body()
    {
        using var api = fixture.Api(await fixture.TokenForAsync(RoleNames.Admin));
        var input = new CreateMedicineDto { GenericName = "", Category = new string('c', 65), DosageForm = DosageForm.Tablet };

        var failure = await RemoteFailure.ShouldThrowAsync<ValidationFailedException>(
            () => api.Service<IMedicineAppService>().CreateAsync(input), 400, CommonErrorCodes.ValidationFailed);

        failure.Errors.Keys.ShouldBe(["genericName", "category", "unit"], ignoreOrder: true);
    }

    [Fact]
    public async Task Should_Answer_400_For_Unreadable_Json_Without_Type_Names()
    {
        using var client = fixture.Client(await fixture.TokenForAsync(RoleNames.Admin));

        using var response = await client.PostAsync("/api/app/medicine", Json(new { genericName = "X", dosageForm = "Pill" }));

        var body = await ProblemDetailsBody.ReadAsync(response, 400, CommonErrorCodes.ValidationFailed);
        body.GetProperty("errors").TryGetProperty("dosageForm", out _).ShouldBeTrue();
        body.ToString().ShouldNotContain("System.");
    }

    [Fact]
    public async Task Should_Answer_404_For_An_Unknown_Id_In_Khmer_When_Asked()
    {
        using var api = fixture.Api(await fixture.TokenForAsync(RoleNames.Patient));
        var id = Guid.NewGuid();
        CultureInfo.CurrentUICulture = new CultureInfo("km");

        var failure = await RemoteFailure.ShouldThrowAsync<EntityNotFoundException>(
            () => api.Service<IMedicineAppService>().GetAsync(id), 404, CommonErrorCodes.EntityNotFound);

        failure.Message.ShouldStartWith("រកមិនឃើញ");
        failure.Values["Id"].ShouldBe(id.ToString());
    }

    [Fact]
    public async Task Should_Answer_409_For_A_Stale_Concurrency_Stamp_And_204_On_Delete()
    {
        using var api = fixture.Api(await fixture.TokenForAsync(RoleNames.Admin));
        var medicines = api.Service<IMedicineAppService>();
        var medicine = await medicines.CreateAsync(NewMedicine($"Stalemycin {Guid.NewGuid():N}"));
        UpdateMedicineDto Update(string concurrencyStamp) => new()
        {
            GenericName = medicine.GenericName,
            Category = "Analgesic",
            DosageForm = DosageForm.Tablet,
            Unit = "mg",
            ConcurrencyStamp = concurrencyStamp,
        };

        var first = await medicines.UpdateAsync(medicine.Id, Update(medicine.ConcurrencyStamp));
        var stale = () => medicines.UpdateAsync(medicine.Id, Update(medicine.ConcurrencyStamp));

        first.Category.ShouldBe("Analgesic");
        await RemoteFailure.ShouldThrowAsync<ConcurrencyConflictException>(stale, 409, CommonErrorCodes.ConcurrencyConflict);
        await medicines.DeleteAsync(medicine.Id);
        await RemoteFailure.ShouldThrowAsync<EntityNotFoundException>(() => medicines.GetAsync(medicine.Id), 404, CommonErrorCodes.EntityNotFound);
    }

    [Fact]
    public async Task Should_Check_Interactions_Over_Http()
    {
        using var api = fixture.Api(await fixture.TokenForAsync(RoleNames.Doctor));
        var medicines = api.Service<IMedicineAppService>();
        async Task<Guid> IdOf(string name) =>
            (await medicines.GetListAsync(new GetMedicineListInput { Filter = name.ToLowerInvariant() })).Items.Single(item => item.GenericName == name).Id;
        var ids = new List<Guid> { await IdOf("Simvastatin"), await IdOf("Clarithromycin") };

        var interactions = await medicines.CheckInteractionsAsync(new CheckInteractionsInput { MedicineIds = ids });

        interactions.Items.Count.ShouldBe(1);
        interactions.Items[0].Severity.ShouldBe(InteractionSeverity.Contraindicated);
    }

    [Fact]
    public async Task Should_Answer_Unknown_Routes_And_Wrong_Verbs_With_Problem_Details()
    {
        using var client = fixture.Client(await fixture.TokenForAsync(RoleNames.Admin));

        using var unknown = await client.GetAsync("/api/app/no-such-service");
        using var wrongVerb = await client.PatchAsync("/api/app/medicine/categories", Json(new { }));

        await ProblemDetailsBody.ReadAsync(unknown, 404, CommonErrorCodes.NotFound);
        await ProblemDetailsBody.ReadAsync(wrongVerb, 405, CommonErrorCodes.MethodNotAllowed);
    }
}
