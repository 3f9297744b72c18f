using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using DasTern.ExceptionHandling;
using DasTern.Identity;
using DasTern.Infrastructure;
using DasTern.Medicines;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DasTern.Account;

public partial class Account_Tests(AccountHostFixture fixture) : IClassFixture<AccountHostFixture>
{
    private const string Password = "river lantern mango 9041";

    /// <summary>A raw client, for the token endpoint and wire-format checks.</summary>
    private HttpClient Client(string? token = null)
    {
        var client = fixture.Factory.CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    private static string NewEmail() => $"person-{Guid.NewGuid():N}@dastern.test";

    /// <summary>A valid Cambodian mobile number (Metfone's 097, nine digits) in E.164.</summary>
    private static string NewPhoneNumber() => "+85597" + Random.Shared.Next(1_000_000, 9_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static RegisterDto Registration(string email, string language = "en", string? phoneNumber = null) => new()
    {
        Email = email,
        Password = Password,
        FirstName = "Sok",
        LastName = "Dara",
        PhoneNumber = phoneNumber,
        Language = language,
    };

    private static ResetPasswordDto Reset(string email, string code, string newPassword) => new() { Email = email, Code = code, NewPassword = newPassword };

    private async Task<string> CodeFromEmailAsync(string email, string subjectPart)
    {
        var message = await fixture.Smtp.WaitForAsync(email, m => (m.Subject ?? string.Empty).Contains(subjectPart, StringComparison.Ordinal) && !Seen.Contains(m.MessageId ?? string.Empty));
        Seen.Add(message.MessageId ?? string.Empty);
        return SixDigits().Match(message.TextBody ?? string.Empty).Value;
    }

    private static readonly HashSet<string> Seen = [];

    /// <summary>Registers through the API and confirms the address with the emailed code, as the app does.</summary>
    private async Task RegisterConfirmedAsync(IAccountAppService account, string email, string? phoneNumber = null)
    {
        await account.RegisterPatientAsync(Registration(email, phoneNumber: phoneNumber));
        var code = await CodeFromEmailAsync(email, "confirmation code");
        await account.ConfirmEmailAsync(new ConfirmEmailDto { Email = email, Code = code });
    }

    [Fact]
    public async Task Should_Register_A_Patient_Confirm_The_Email_And_Welcome_Them()
    {
        var email = NewEmail();
        using var client = Client();
        using var api = fixture.Api();
        var account = api.Service<IAccountAppService>();

        await account.RegisterPatientAsync(Registration(email));
        var code = await CodeFromEmailAsync(email, "confirmation code");
        var beforeConfirming = await TokenClient.PasswordAsync(client, email, Password);
        await account.ConfirmEmailAsync(new ConfirmEmailDto { Email = email, Code = code });
        var welcome = await fixture.Smtp.WaitForAsync(email, m => m.Subject == "Welcome to DasTern");
        using var signedIn = fixture.Api(await TokenClient.AccessTokenAsync(client, email, Password));
        var me = await signedIn.Service<IProfileAppService>().GetAsync();

        code.Length.ShouldBe(6);
        beforeConfirming.Body.Error.ShouldBe("invalid_grant");
        beforeConfirming.Body.ErrorDescription!.ShouldStartWith("email_not_confirmed");
        (welcome.TextBody ?? string.Empty).ShouldContain("Sok");
        me.EmailConfirmed.ShouldBeTrue();
        me.Roles.ShouldBe([RoleNames.Patient]);
        me.TimeZone.ShouldBe("Asia/Phnom_Penh");
    }

    [Fact]
    public async Task Should_Answer_A_Taken_Email_Or_Phone_Number_As_A_New_Registration_And_Tell_The_Owner()
    {
        var owner = NewEmail();
        var phoneNumber = NewPhoneNumber();
        var newcomer = NewEmail();
        using var client = Client();
        using var api = fixture.Api();
        var account = api.Service<IAccountAppService>();
        await RegisterConfirmedAsync(account, owner, phoneNumber);

        await account.RegisterCaregiverAsync(Registration(owner));
        var told = await fixture.Smtp.WaitForAsync(owner, m => m.Subject == "Someone tried to register with your email address");
        await account.RegisterPatientAsync(Registration(newcomer, phoneNumber: phoneNumber));
        var phoneOwnerTold = await fixture.Smtp.WaitForAsync(owner, m => m.Subject == "Someone tried to register with your phone number");
        await CodeFromEmailAsync(newcomer, "confirmation code");
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<DasTern.EntityFrameworkCore.DasTernDbContext>().Users;
        var withOwnersEmail = await users.CountAsync(u => u.NormalizedEmail == owner.ToUpperInvariant());
        var newcomerPhone = await users.Where(u => u.Email == newcomer).Select(u => u.PhoneNumber).SingleAsync();

        (told.TextBody ?? string.Empty).ShouldContain("You already have an account");
        (phoneOwnerTold.TextBody ?? string.Empty).ShouldContain(phoneNumber);
        withOwnersEmail.ShouldBe(1);
        newcomerPhone.ShouldBeNull();
        fixture.Smtp.Messages.Count(m => m.To.Mailboxes.Any(mailbox => mailbox.Address == owner) && (m.Subject ?? string.Empty).Contains("confirmation code", StringComparison.Ordinal)).ShouldBe(1);
        (await TokenClient.PasswordAsync(client, owner, Password)).Status.ShouldBe(200);
    }

    [Fact]
    public async Task Should_Answer_Code_Requests_Alike_For_Known_And_Unknown_Addresses()
    {
        var email = NewEmail();
        using var api = fixture.Api();
        var account = api.Service<IAccountAppService>();
        await RegisterConfirmedAsync(account, email);

        await account.SendPasswordResetCodeAsync(new SendCodeDto { Email = email });
        await account.SendPasswordResetCodeAsync(new SendCodeDto { Email = NewEmail() });
        await account.SendEmailConfirmationCodeAsync(new SendCodeDto { Email = email });
        var unknownReset = await RemoteFailure.ShouldThrowAsync<BusinessException>(
            () => account.ResetPasswordAsync(Reset(NewEmail(), "123456", "fresh mango kite 4410")), 400, AccountErrorCodes.InvalidCode);
        var wrongReset = await RemoteFailure.ShouldThrowAsync<BusinessException>(
            () => account.ResetPasswordAsync(Reset(email, "123456", "fresh mango kite 4410")), 400, AccountErrorCodes.InvalidCode);

        (await CodeFromEmailAsync(email, "reset code")).Length.ShouldBe(6);
        unknownReset.Message.ShouldBe(wrongReset.Message);
    }

    [Fact]
    public async Task Should_Write_Emails_In_The_Users_Language()
    {
        var email = NewEmail();
        using var api = fixture.Api();

        await api.Service<IAccountAppService>().RegisterCaregiverAsync(Registration(email, "km"));

        var message = await fixture.Smtp.WaitForAsync(email);
        message.Subject.ShouldBe("លេខកូដបញ្ជាក់ ដាស់តឿន របស់អ្នក");
    }

    [Fact]
    public async Task Should_Refuse_Invalid_Registrations()
    {
        using var api = fixture.Api();
        var account = api.Service<IAccountAppService>();

        var invalid = await RemoteFailure.ShouldThrowAsync<ValidationFailedException>(
            () => account.RegisterPatientAsync(new RegisterDto { Email = "not-an-email", Password = "short", FirstName = "", LastName = "X", Language = "fr" }), 400, CommonErrorCodes.ValidationFailed);
        var badZone = await RemoteFailure.ShouldThrowAsync<ValidationFailedException>(
            () => account.RegisterPatientAsync(new RegisterDto { Email = NewEmail(), Password = Password, FirstName = "A", LastName = "B", TimeZone = "Mars/Olympus" }), 400, CommonErrorCodes.ValidationFailed);

        foreach (var member in new[] { "email", "password", "firstName", "language" })
        {
            invalid.Errors.ShouldContainKey(member);
        }

        badZone.Errors.ShouldContainKey("timeZone");
    }

    [Fact]
    public async Task Should_Sign_In_With_The_Phone_Number_Too()
    {
        var email = NewEmail();
        var phone = "+85597" + Random.Shared.Next(1000000, 9999999);
        using var client = Client();
        using var api = fixture.Api();
        await RegisterConfirmedAsync(api.Service<IAccountAppService>(), email, phone);

        var (status, body) = await TokenClient.PasswordAsync(client, phone.Insert(4, " "), Password);

        status.ShouldBe(200, body.ErrorDescription);
    }

    [Fact]
    public async Task Should_Treat_A_Trailing_Dot_And_Case_As_The_Same_Mailbox()
    {
        var email = NewEmail();
        using var client = Client();
        using var api = fixture.Api();
        var account = api.Service<IAccountAppService>();

        await account.RegisterPatientAsync(Registration(" " + email + ". "));
        var code = await CodeFromEmailAsync(email, "confirmation code");
        await account.ConfirmEmailAsync(new ConfirmEmailDto { Email = email + ".", Code = code });
        await account.RegisterPatientAsync(Registration(email));
        await account.RegisterPatientAsync(Registration(email.ToUpperInvariant() + ".."));
        await fixture.Smtp.WaitForAsync(email, m => m.Subject == "Someone tried to register with your email address" && !Seen.Contains(m.MessageId ?? string.Empty));
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<DasTern.EntityFrameworkCore.DasTernDbContext>().Users
            .Where(u => u.NormalizedEmail == email.ToUpperInvariant()).Select(u => u.Email).ToListAsync();

        stored.ShouldBe([email]);
        (await TokenClient.PasswordAsync(client, email + ".", Password)).Status.ShouldBe(200);
    }

    [Fact]
    public async Task Should_Store_Phone_Numbers_In_E164_And_Treat_Every_Spelling_As_One_Number()
    {
        var email = NewEmail();
        var phoneNumber = NewPhoneNumber();
        var national = phoneNumber["+855".Length..];
        var others = Enumerable.Range(0, 4).Select(_ => NewEmail()).ToList();
        using var client = Client();
        using var api = fixture.Api();
        var account = api.Service<IAccountAppService>();

        await RegisterConfirmedAsync(account, email, "0" + national);
        var spellings = new[] { phoneNumber, "855" + national, "00855" + national, "+855 " + national.Insert(2, " ").Insert(6, "-") };
        foreach (var (spelling, other) in spellings.Zip(others))
        {
            await account.RegisterPatientAsync(Registration(other, phoneNumber: spelling));
        }

        var invalid = await RemoteFailure.ShouldThrowAsync<ValidationFailedException>(
            () => account.RegisterPatientAsync(Registration(NewEmail(), phoneNumber: "+85512345")), 400, CommonErrorCodes.ValidationFailed);
        foreach (var other in others)
        {
            await CodeFromEmailAsync(other, "confirmation code");
        }

        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<DasTern.EntityFrameworkCore.DasTernDbContext>().Users;

        (await users.Where(u => u.Email == email).Select(u => u.PhoneNumber).SingleAsync()).ShouldBe(phoneNumber);
        (await users.CountAsync(u => others.Contains(u.Email!) && u.PhoneNumber == null)).ShouldBe(others.Count);
        invalid.Errors["phoneNumber"].Length.ShouldBe(1);
        (await TokenClient.PasswordAsync(client, "00855 " + national, Password)).Status.ShouldBe(200);
    }

    [Fact]
    public async Task Should_File_A_Weak_New_Password_Of_A_Reset_Under_newPassword()
    {
        var email = NewEmail();
        using var client = Client();
        using var api = fixture.Api();
        var account = api.Service<IAccountAppService>();
        await RegisterConfirmedAsync(account, email);
        await account.SendPasswordResetCodeAsync(new SendCodeDto { Email = email + "." });
        var code = await CodeFromEmailAsync(email, "reset code");

        var weak = await RemoteFailure.ShouldThrowAsync<ValidationFailedException>(
            () => account.ResetPasswordAsync(Reset(email, code, "P@ssw0rd")), 400, CommonErrorCodes.ValidationFailed);

        weak.Errors.Keys.ShouldBe(["newPassword"]);
        (await TokenClient.PasswordAsync(client, email, Password)).Status.ShouldBe(200);
    }

    [Fact]
    public async Task Should_Reset_A_Password_With_A_Single_Use_Code_And_End_Old_Sessions()
    {
        var email = NewEmail();
        using var client = Client();
        using var api = fixture.Api();
        var account = api.Service<IAccountAppService>();
        await RegisterConfirmedAsync(account, email);
        var (_, before) = await TokenClient.PasswordAsync(client, email, Password);
        using var oldSession = fixture.Api(before.AccessToken);

        await account.SendPasswordResetCodeAsync(new SendCodeDto { Email = NewEmail() });
        await account.SendPasswordResetCodeAsync(new SendCodeDto { Email = email });
        var code = await CodeFromEmailAsync(email, "reset code");
        var wrong = code == "000000" ? "111111" : "000000";
        await RemoteFailure.ShouldThrowAsync<BusinessException>(
            () => account.ResetPasswordAsync(Reset(email, wrong, "mango lantern river 73")), 400, AccountErrorCodes.InvalidCode);
        await account.ResetPasswordAsync(Reset(email, code, "mango lantern river 73"));
        await RemoteFailure.ShouldThrowAsync<BusinessException>(
            () => account.ResetPasswordAsync(Reset(email, code, "lotus tuk-tuk monsoon 58")), 400, AccountErrorCodes.InvalidCode);

        (await TokenClient.RefreshAsync(client, before.RefreshToken!)).Body.Error.ShouldBe("invalid_grant");
        (await RemoteFailure.StatusOfAsync(oldSession.Service<IProfileAppService>().GetAsync)).ShouldBe(401);
        (await TokenClient.PasswordAsync(client, email, Password)).Body.Error.ShouldBe("invalid_grant");
        (await TokenClient.PasswordAsync(client, email, "mango lantern river 73")).Status.ShouldBe(200);
    }

    [Fact]
    public async Task Should_Create_One_Account_From_Registrations_That_Race_For_One_Email_Or_Phone_Number()
    {
        var email = NewEmail();
        var phoneNumber = NewPhoneNumber();
        var others = Enumerable.Range(0, 6).Select(_ => NewEmail()).ToList();
        using var api = fixture.Api();
        var account = api.Service<IAccountAppService>();

        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => account.RegisterPatientAsync(Registration(email))));
        await Task.WhenAll(others.Select(other => account.RegisterPatientAsync(Registration(other, phoneNumber: phoneNumber))));
        foreach (var other in others)
        {
            await CodeFromEmailAsync(other, "confirmation code");
        }

        await CodeFromEmailAsync(email, "confirmation code");
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<DasTern.EntityFrameworkCore.DasTernDbContext>().Users;

        (await users.CountAsync(u => u.Email == email)).ShouldBe(1);
        (await users.CountAsync(u => others.Contains(u.Email!))).ShouldBe(others.Count);
        (await users.CountAsync(u => u.PhoneNumber == phoneNumber)).ShouldBe(1);
    }

    [Fact]
    public async Task Should_Let_Concurrent_Requests_Neither_Use_A_Code_Twice_Nor_Guess_More_Than_Five_Times()
    {
        var email = NewEmail();
        using var api = fixture.Api();
        using var racer = fixture.Api();
        var account = api.Service<IAccountAppService>();
        var racing = racer.Service<IAccountAppService>();
        await RegisterConfirmedAsync(account, email);

        await account.SendPasswordResetCodeAsync(new SendCodeDto { Email = email });
        var code = await CodeFromEmailAsync(email, "reset code");
        var uses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            RemoteFailure.StatusOfAsync(() => racing.ResetPasswordAsync(Reset(email, code, $"raced lantern mango {i} 9041")))));

        // The test clock stands still; the newest code must be told apart from the used one by time.
        fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        await account.SendPasswordResetCodeAsync(new SendCodeDto { Email = email });
        var guessed = await CodeFromEmailAsync(email, "reset code");
        var wrong = guessed == "000000" ? "111111" : "000000";
        var guesses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ =>
            RemoteFailure.StatusOfAsync(() => racing.ResetPasswordAsync(Reset(email, wrong, "mango lantern river 73")))));
        await RemoteFailure.ShouldThrowAsync<BusinessException>(
            () => account.ResetPasswordAsync(Reset(email, guessed, "mango lantern river 73")), 400, AccountErrorCodes.InvalidCode);
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var counted = await scope.ServiceProvider.GetRequiredService<DasTern.EntityFrameworkCore.DasTernDbContext>().UserVerificationCodes
            .Where(c => c.UserId == scope.ServiceProvider.GetRequiredService<DasTern.EntityFrameworkCore.DasTernDbContext>().Users.Single(u => u.Email == email).Id)
            .OrderByDescending(c => c.CreationTime)
            .Select(c => c.Guesses)
            .FirstAsync();

        uses.Count(status => status is null).ShouldBe(1);
        uses.Count(status => status == 400).ShouldBe(7);
        guesses.ShouldAllBe(status => status == 400);
        counted.ShouldBe(DasTern.Identity.UserVerificationCode.MaxGuesses);
    }

    [Fact]
    public async Task Should_Refuse_An_Expired_Code_And_Burn_A_Code_After_Five_Wrong_Guesses()
    {
        var email = NewEmail();
        using var api = fixture.Api();
        var account = api.Service<IAccountAppService>();
        await RegisterConfirmedAsync(account, email);

        await account.SendPasswordResetCodeAsync(new SendCodeDto { Email = email });
        var expiring = await CodeFromEmailAsync(email, "reset code");
        fixture.Clock.Advance(TimeSpan.FromMinutes(11));
        await RemoteFailure.ShouldThrowAsync<BusinessException>(
            () => account.ResetPasswordAsync(Reset(email, expiring, "mango lantern river 73")), 400, AccountErrorCodes.InvalidCode);

        await account.SendPasswordResetCodeAsync(new SendCodeDto { Email = email });
        var burnt = await CodeFromEmailAsync(email, "reset code");
        var wrong = burnt == "000000" ? "111111" : "000000";
        for (var i = 0; i < 5; i++)
        {
            (await RemoteFailure.StatusOfAsync(() => account.ResetPasswordAsync(Reset(email, wrong, "mango lantern river 73")))).ShouldBe(400);
        }

        await RemoteFailure.ShouldThrowAsync<BusinessException>(
            () => account.ResetPasswordAsync(Reset(email, burnt, "mango lantern river 73")), 400, AccountErrorCodes.InvalidCode);
    }

    [Fact]
    public async Task Should_Keep_A_Pending_Doctor_Out_Of_Doctor_Permissions()
    {
        var email = NewEmail();
        using var client = Client();
        using var api = fixture.Api();
        var account = api.Service<IAccountAppService>();
        await account.RegisterDoctorAsync(new RegisterDoctorDto
        {
            Email = email,
            Password = Password,
            FirstName = "Chan",
            LastName = "Vibol",
            LicenseNumber = "KH-MED-1234",
            Specialty = "Cardiology",
            Clinic = "Calmette",
        });
        var code = await CodeFromEmailAsync(email, "confirmation code");
        await account.ConfirmEmailAsync(new ConfirmEmailDto { Email = email, Code = code });
        using var doctor = fixture.Api(await TokenClient.AccessTokenAsync(client, email, Password));

        var profile = await doctor.Service<IProfileAppService>().GetAsync();
        var catalogue = await RemoteFailure.StatusOfAsync(() => doctor.Service<IMedicineAppService>().GetListAsync(new GetMedicineListInput()));
        var users = () => doctor.Service<IIdentityUserAppService>().GetListAsync(new GetIdentityUsersInput());

        profile.DoctorStatus.ShouldBe(DoctorVerificationStatus.Pending);
        profile.DoctorSpecialty.ShouldBe("Cardiology");
        profile.Roles.ShouldBeEmpty();
        // The catalogue is reference data every signed-in account may read; nothing else opens up.
        catalogue.ShouldBeNull();
        await RemoteFailure.ShouldThrowAsync<AuthorizationFailedException>(users, 403, CommonErrorCodes.Forbidden);
    }

    [Fact]
    public async Task Should_Update_The_Profile_And_Change_The_Password_Keeping_Only_The_Callers_Session()
    {
        var email = NewEmail();
        using var client = Client();
        using var api = fixture.Api();
        await RegisterConfirmedAsync(api.Service<IAccountAppService>(), email);
        var (_, tokens) = await TokenClient.PasswordAsync(client, email, Password);
        var (_, otherDevice) = await TokenClient.PasswordAsync(client, email, Password);
        using var me = fixture.Api(tokens.AccessToken);
        using var otherSession = fixture.Api(otherDevice.AccessToken);
        var profile = me.Service<IProfileAppService>();

        var updated = await profile.UpdateAsync(new UpdateProfileDto
        {
            FirstName = "Sokha",
            LastName = "Dara",
            TimeZone = "Asia/Bangkok",
            Language = "km",
            MorningMealTime = new TimeOnly(6, 30),
            NoonMealTime = new TimeOnly(11, 45),
            EveningMealTime = new TimeOnly(17, 30),
            NightMealTime = new TimeOnly(20, 0),
            DoseGracePeriodMinutes = 45,
        });
        await RemoteFailure.ShouldThrowAsync<BusinessException>(
            () => profile.ChangePasswordAsync(new ChangePasswordDto { CurrentPassword = "nope-nope", NewPassword = "tuk-tuk monsoon lotus 27" }), 400, AccountErrorCodes.InvalidPassword);
        await profile.ChangePasswordAsync(new ChangePasswordDto { CurrentPassword = Password, NewPassword = "tuk-tuk monsoon lotus 27" });
        // Raw, for the wire shape of a meal time ("HH:mm:ss"), which a typed read does not pin.
        using var raw = Client(tokens.AccessToken);
        using var afterChange = await raw.GetAsync("/api/account/my-profile");

        updated.MorningMealTime.ShouldBe(new TimeOnly(6, 30));
        updated.DoseGracePeriodMinutes.ShouldBe(45);
        updated.Language.ShouldBe("km");
        afterChange.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await afterChange.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("morningMealTime").GetString().ShouldBe("06:30:00");
        (await TokenClient.RefreshAsync(client, tokens.RefreshToken!)).Status.ShouldBe(200);
        (await TokenClient.RefreshAsync(client, otherDevice.RefreshToken!)).Body.Error.ShouldBe("invalid_grant");
        (await RemoteFailure.StatusOfAsync(otherSession.Service<IProfileAppService>().GetAsync)).ShouldBe(401);
        (await TokenClient.PasswordAsync(client, email, "tuk-tuk monsoon lotus 27")).Status.ShouldBe(200);
    }

    [Fact]
    public async Task Should_Count_Wrong_Current_Passwords_Toward_The_Lockout_And_End_Every_Session_When_It_Locks()
    {
        var email = NewEmail();
        using var client = Client();
        using var api = fixture.Api();
        await RegisterConfirmedAsync(api.Service<IAccountAppService>(), email);
        var (_, tokens) = await TokenClient.PasswordAsync(client, email, Password);
        using var me = fixture.Api(tokens.AccessToken);
        var profile = me.Service<IProfileAppService>();

        for (var i = 0; i < 5; i++)
        {
            var guess = new ChangePasswordDto { CurrentPassword = $"guess-number-{i}", NewPassword = "tuk-tuk monsoon lotus 27" };
            await RemoteFailure.ShouldThrowAsync<BusinessException>(
                () => profile.ChangePasswordAsync(guess), 400, AccountErrorCodes.InvalidPassword);
        }

        (await RemoteFailure.StatusOfAsync(profile.GetAsync)).ShouldBe(401);
        (await TokenClient.RefreshAsync(client, tokens.RefreshToken!)).Body.Error.ShouldBe("invalid_grant");
        var locked = await TokenClient.PasswordAsync(client, email, Password);
        locked.Body.ErrorDescription.ShouldBe("The user name or password is incorrect.");
    }

    [Fact]
    public async Task Should_Retry_Emails_While_The_Mail_Server_Is_Down_And_Audit_The_Ones_That_Never_Leave()
    {
        using var api = fixture.Api();
        var account = api.Service<IAccountAppService>();
        await fixture.Smtp.StopAsync();
        var retried = NewEmail();
        var lost = NewEmail();
        try
        {
            await account.RegisterPatientAsync(Registration(lost));
            await WaitForFailedEmailAuditAsync();
            await account.RegisterPatientAsync(Registration(retried));
            (await Eventually.TrueAsync(() => EmailFailedOnceAsync(retried))).ShouldBeTrue("the email was never tried while the server was down");
        }
        finally
        {
            fixture.Smtp.Start();
        }

        (await fixture.Smtp.WaitForAsync(retried)).Subject.ShouldBe("Your DasTern confirmation code");
        fixture.Smtp.Messages.ShouldNotContain(message => message.To.Mailboxes.Any(mailbox => mailbox.Address == lost));
    }

    private async Task<bool> EmailFailedOnceAsync(string recipient)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DasTern.EntityFrameworkCore.DasTernDbContext>().Set<DasTern.Events.OutboxMessage>()
            .AnyAsync(message => message.Attempts > 0 && message.ProcessedTime == null && message.Payload!.Contains(recipient));
    }

    private async Task WaitForFailedEmailAuditAsync()
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            await using var scope = fixture.Factory.Services.CreateAsyncScope();
            var (count, _) = await scope.ServiceProvider.GetRequiredService<DasTern.Auditing.IAuditLogRepository>()
                .GetPagedListAsync(new DasTern.Auditing.AuditLogQuery(null, null, null, "JOB", "jobs/outbox/QueuedEmail", 500, null, 0, 1));
            if (count > 0)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The failed email was never audited.");
    }

    [GeneratedRegex("\\b[0-9]{6}\\b")]
    private static partial Regex SixDigits();
}
