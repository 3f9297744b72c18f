using DasTern.ExceptionHandling;
using DasTern.Medicines;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DasTern.EntityFrameworkCore;

/// <summary>
/// Text PostgreSQL cannot store never reaches it: the command is refused with a 400, and the pooled
/// connection stays sound. (Sent, such text fails at Bind; when that execution was the one
/// auto-preparing the statement, Npgsql kept it as prepared without its row description and the
/// next innocent use on the connection failed with "Received unexpected backend message DataRow".)
/// </summary>
[Collection(EfCoreTestCollection.Name)]
public class UnstorableTextGuard_Tests(EfCoreFixture fixture)
{
    /// <summary>One connection, auto-preparing from the second use: every command below meets the same prepared-statement cache.</summary>
    private ServiceProvider SingleConnectionServices() =>
        DasTernTestServices.Build(new Dictionary<string, string?>(fixture.Settings)
        {
            ["ConnectionStrings:Default"] = fixture.Database.ConnectionString + ";Maximum Pool Size=1;Auto Prepare Min Usages=2;Application Name=unstorable-text",
        });

    [Fact]
    public async Task Should_Refuse_Queries_With_Unstorable_Text_And_Answer_Innocent_Ones_In_Between()
    {
        await using var services = SingleConnectionServices();
        var refusals = new List<BusinessException>();
        var counts = new List<int>();

        for (var i = 0; i < 12; i++)
        {
            await using var scope = services.CreateAsyncScope();
            var medicines = scope.ServiceProvider.GetRequiredService<DasTernDbContext>().Medicines;
            var category = (i % 3) switch { 0 => "Anti\0biotic", 1 => "Anti\uD800biotic", _ => "Antibiotic" };
            try
            {
                counts.Add(await medicines.CountAsync(medicine => medicine.Category == category));
            }
            catch (BusinessException refusal)
            {
                refusals.Add(refusal);
            }
        }

        refusals.Count.ShouldBe(8);
        refusals.ShouldAllBe(refusal => refusal.Code == CommonErrorCodes.UnstorableText && refusal.HttpStatusCode == 400);
        counts.Count.ShouldBe(4);
        counts.ShouldAllBe(count => count > 0);
    }

    [Fact]
    public async Task Should_Refuse_A_Save_With_Unstorable_Text_As_A_400_Not_A_Database_Error()
    {
        await using var services = SingleConnectionServices();
        await using var scope = services.CreateAsyncScope();
        var medicine = await scope.ServiceProvider.GetRequiredService<MedicineManager>().CreateAsync(
            $"Nulamine {Guid.NewGuid():N}",
            new MedicineDetails(null, ["Brand\0"], "Other", DosageForm.Capsule, ["1 mg"], "mg", null, null, [], true));
        var context = scope.ServiceProvider.GetRequiredService<DasTernDbContext>();
        context.Medicines.Add(medicine);

        var refusal = await Should.ThrowAsync<BusinessException>(() => context.SaveChangesAsync());

        refusal.Code.ShouldBe(CommonErrorCodes.UnstorableText);
        context.ChangeTracker.Clear();
        (await context.Medicines.CountAsync(m => m.Category == "Antibiotic")).ShouldBeGreaterThan(0);
    }
}
