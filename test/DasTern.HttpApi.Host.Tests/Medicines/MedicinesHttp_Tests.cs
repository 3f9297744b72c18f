using System.Net;
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

    private static object NewMedicine(string name) => new
    {
        genericName = name,
        category = "Other",
        dosageForm = "Tablet",
        strengths = new[] { "5 mg" },
        unit = "mg",
    };

    [Fact]
    public async Task Should_List_Medicines_Filtered_By_Amox_For_The_Admin()
    {
        using var client = fixture.Client(await fixture.TokenForAsync(RoleNames.Admin));

        var page = await client.GetFromJsonAsync<JsonElement>("/api/app/medicine?filter=amox&maxResultCount=50");

        page.GetProperty("totalCount").GetInt64().ShouldBeGreaterThanOrEqualTo(2);
        var names = page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("genericName").GetString()).ToList();
        names.ShouldContain("Amoxicillin");
        page.GetProperty("items")[0].GetProperty("dosageForm").ValueKind.ShouldBe(JsonValueKind.String);
    }

    [Fact]
    public async Task Should_Let_An_Account_Without_Any_Role_Read_The_Catalogue_But_Not_Change_It()
    {
        var (email, password, _) = await fixture.CreateUserAsync(role: null);
        using var anonymous = fixture.Client();
        using var client = fixture.Client(await TokenClient.AccessTokenAsync(anonymous, email, password));

        var page = await client.GetFromJsonAsync<JsonElement>("/api/app/medicine?filter=amox");
        var ids = page.GetProperty("items").EnumerateArray().Take(2).Select(item => item.GetProperty("id").GetString()).ToArray();
        using var one = await client.GetAsync($"/api/app/medicine/{ids[0]}");
        using var categories = await client.GetAsync("/api/app/medicine/categories");
        using var check = await client.PostAsync("/api/app/medicine/check-interactions", Json(new { medicineIds = ids }));
        using var create = await client.PostAsync("/api/app/medicine", Json(NewMedicine($"Nobodyol {Guid.NewGuid():N}")));

        ids.Length.ShouldBe(2);
        one.StatusCode.ShouldBe(HttpStatusCode.OK);
        categories.StatusCode.ShouldBe(HttpStatusCode.OK);
        check.StatusCode.ShouldBe(HttpStatusCode.OK);
        await ProblemDetailsBody.ReadAsync(create, 403, CommonErrorCodes.Forbidden);
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
        using var client = fixture.Client("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl");

        using var response = await client.GetAsync("/api/app/medicine");

        await ProblemDetailsBody.ReadAsync(response, 401, CommonErrorCodes.Unauthorized);
    }

    [Fact]
    public async Task Should_Answer_403_When_A_Patient_Creates_A_Medicine()
    {
        using var client = fixture.Client(await fixture.TokenForAsync(RoleNames.Patient));

        using var response = await client.PostAsync("/api/app/medicine", Json(NewMedicine($"Forbiddine {Guid.NewGuid():N}")));

        await ProblemDetailsBody.ReadAsync(response, 403, CommonErrorCodes.Forbidden);
    }

    [Fact]
    public async Task Should_Answer_400_With_Errors_Per_Member_For_An_Invalid_Body()
    {
        using var client = fixture.Client(await fixture.TokenForAsync(RoleNames.Admin));

        using var response = await client.PostAsync("/api/app/medicine", Json(new { genericName = "", category = new string('c', 65), dosageForm = "Tablet" }));

        var body = await ProblemDetailsBody.ReadAsync(response, 400, CommonErrorCodes.ValidationFailed);
        var errors = body.GetProperty("errors");
        errors.TryGetProperty("genericName", out _).ShouldBeTrue();
        errors.TryGetProperty("category", out _).ShouldBeTrue();
        errors.TryGetProperty("unit", out _).ShouldBeTrue();
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
        using var client = fixture.Client(await fixture.TokenForAsync(RoleNames.Patient));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/app/medicine/{Guid.NewGuid()}");
        request.Headers.AcceptLanguage.ParseAdd("km");

        using var response = await client.SendAsync(request);

        var body = await ProblemDetailsBody.ReadAsync(response, 404, CommonErrorCodes.EntityNotFound);
        body.GetProperty("title").GetString()!.ShouldStartWith("រកមិនឃើញ");
    }

    [Fact]
    public async Task Should_Answer_409_For_A_Stale_Concurrency_Stamp_And_204_On_Delete()
    {
        using var client = fixture.Client(await fixture.TokenForAsync(RoleNames.Admin));
        using var created = await client.PostAsync("/api/app/medicine", Json(NewMedicine($"Stalemycin {Guid.NewGuid():N}")));
        created.StatusCode.ShouldBe(HttpStatusCode.OK);
        var medicine = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = medicine.GetProperty("id").GetGuid();
        var stamp = medicine.GetProperty("concurrencyStamp").GetString();
        object Update(string? concurrencyStamp) => new
        {
            genericName = medicine.GetProperty("genericName").GetString(),
            category = "Analgesic",
            dosageForm = "Tablet",
            unit = "mg",
            concurrencyStamp,
        };

        using var first = await client.PutAsync($"/api/app/medicine/{id}", Json(Update(stamp)));
        using var stale = await client.PutAsync($"/api/app/medicine/{id}", Json(Update(stamp)));
        using var deleted = await client.DeleteAsync($"/api/app/medicine/{id}");
        using var gone = await client.GetAsync($"/api/app/medicine/{id}");

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        await ProblemDetailsBody.ReadAsync(stale, 409, CommonErrorCodes.ConcurrencyConflict);
        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await ProblemDetailsBody.ReadAsync(gone, 404, CommonErrorCodes.EntityNotFound);
    }

    [Fact]
    public async Task Should_Check_Interactions_Over_Http()
    {
        using var client = fixture.Client(await fixture.TokenForAsync(RoleNames.Doctor));
        async Task<Guid> IdOf(string name) =>
            (await client.GetFromJsonAsync<JsonElement>($"/api/app/medicine?filter={Uri.EscapeDataString(name.ToLowerInvariant())}"))
                .GetProperty("items").EnumerateArray().Single(item => item.GetProperty("genericName").GetString() == name).GetProperty("id").GetGuid();
        var ids = new[] { await IdOf("Simvastatin"), await IdOf("Clarithromycin") };

        using var response = await client.PostAsync("/api/app/medicine/check-interactions", Json(new { medicineIds = ids }));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var items = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items");
        items.GetArrayLength().ShouldBe(1);
        items[0].GetProperty("severity").GetString().ShouldBe("Contraindicated");
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
