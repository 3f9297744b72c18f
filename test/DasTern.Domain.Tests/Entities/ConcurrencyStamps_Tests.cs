using DasTern.ExceptionHandling;
using DasTern.Identity;
using DasTern.Medicines;
using Shouldly;

namespace DasTern.Entities;

/// <summary>Our aggregates and Identity's user and role answer a stale stamp the same way.</summary>
public sealed class ConcurrencyStamps_Tests
{
    [Fact]
    public void Should_accept_the_loaded_stamp_and_refuse_any_other_on_every_kind_of_aggregate()
    {
        var role = new AppRole("Nurse", isStatic: false) { ConcurrencyStamp = "role-stamp" };
        var user = new AppUser("dara", "dara@dastern.test", DateTimeOffset.UnixEpoch) { ConcurrencyStamp = "user-stamp" };
        var medicine = new Medicine(Guid.CreateVersion7(), "Amoxicillin", "Other", DosageForm.Tablet, "mg");

        Should.NotThrow(() => role.ExpectConcurrencyStamp("role-stamp"));
        Should.NotThrow(() => user.ExpectConcurrencyStamp("user-stamp"));
        Should.NotThrow(() => medicine.ExpectConcurrencyStamp(medicine.ConcurrencyStamp));

        Should.Throw<ConcurrencyConflictException>(() => role.ExpectConcurrencyStamp("ROLE-STAMP")).HttpStatusCode.ShouldBe(409);
        Should.Throw<ConcurrencyConflictException>(() => user.ExpectConcurrencyStamp("old")).Code.ShouldBe(CommonErrorCodes.ConcurrencyConflict);
        Should.Throw<ConcurrencyConflictException>(() => medicine.ExpectConcurrencyStamp(string.Empty));
    }

    [Fact]
    public void Should_give_every_new_aggregate_its_own_stamp_in_the_32_hex_digit_form()
    {
        var stamps = Enumerable.Range(0, 1000)
            .Select(_ => new Medicine(Guid.CreateVersion7(), "Amoxicillin", "Other", DosageForm.Tablet, "mg").ConcurrencyStamp)
            .ToList();

        stamps.Distinct().Count().ShouldBe(stamps.Count);
        stamps.ShouldAllBe(stamp => stamp.Length == 32 && stamp.All(Uri.IsHexDigit) && stamp == stamp.ToLowerInvariant());
    }
}
