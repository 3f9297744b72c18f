using DasTern.ExceptionHandling;

namespace DasTern.Identity;

public class AppUser_Tests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static AppUser NewUser() => new("dara@dastern.test", "dara@dastern.test", Now);

    [Fact]
    public void Should_Start_As_A_Patient_With_Default_Dosing_Preferences()
    {
        var user = NewUser();

        user.CreationTime.ShouldBe(Now);
        user.DoctorProfile.ShouldBeNull();
        user.DoctorStatus.ShouldBe(DoctorVerificationStatus.None);
        user.DosingPreferences.ShouldBe(PatientDosingPreferences.Default);
    }

    [Fact]
    public void Should_Wait_For_Verification_After_Applying_As_A_Doctor()
    {
        var user = NewUser();

        user.ApplyAsDoctor(" KH-MED-1001 ", "Cardiology", "Calmette");

        user.DoctorStatus.ShouldBe(DoctorVerificationStatus.Pending);
        user.DoctorProfile!.LicenseNumber.ShouldBe("KH-MED-1001");
    }

    [Fact]
    public void Should_Require_A_Licence_Number_To_Apply_As_A_Doctor()
    {
        var exception = Should.Throw<ValidationFailedException>(() => NewUser().ApplyAsDoctor(" ", "Cardiology", "Calmette"));

        exception.Errors.Keys.ShouldContain("licenseNumber");
    }

    [Theory]
    [InlineData(true, DoctorVerificationStatus.Verified)]
    [InlineData(false, DoctorVerificationStatus.Rejected)]
    public void Should_Decide_A_Pending_Application_Once(bool approve, DoctorVerificationStatus expected)
    {
        var user = NewUser();
        user.ApplyAsDoctor("KH-MED-1001", "Cardiology", "Calmette");

        user.DecideDoctorApplication(approve);

        user.DoctorStatus.ShouldBe(expected);
        Should.Throw<BusinessException>(() => user.DecideDoctorApplication(!approve)).Code.ShouldBe(IdentityErrorCodes.NotAPendingDoctor);
    }

    [Fact]
    public void Should_Not_Decide_For_An_Account_That_Never_Applied()
    {
        Should.Throw<BusinessException>(() => NewUser().DecideDoctorApplication(true)).Code.ShouldBe(IdentityErrorCodes.NotAPendingDoctor);
    }

    [Fact]
    public void Should_Refuse_A_Rejected_Doctor_And_Accept_Them_Again_As_A_Patient()
    {
        var user = NewUser();
        user.EmailConfirmed = true;
        user.ApplyAsDoctor("KH-MED-1001", "Cardiology", "Calmette");
        user.DecideDoctorApplication(approve: false);
        user.StandingAt(Now).ShouldBe(AccountStanding.DoctorRejected);

        user.RemoveDoctorProfile();

        user.StandingAt(Now).ShouldBe(AccountStanding.Active);
    }

    [Fact]
    public void Should_Record_The_Login_Time_It_Is_Given()
    {
        var user = NewUser();

        user.RecordLogin(Now.AddHours(1));

        user.LastLoginTime.ShouldBe(Now.AddHours(1));
    }

    [Fact]
    public void Should_Reject_A_Language_That_Is_Not_Supported()
    {
        Should.Throw<ValidationFailedException>(() => NewUser().SetLanguage("fr")).Errors.Keys.ShouldContain("language");
    }
}
