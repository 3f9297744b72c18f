using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using DasTern.ExceptionHandling;
using DasTern.Identity;
using DasTern.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DasTern.Account;

public partial class Account_Tests(AccountHostFixture fixture) : IClassFixture<AccountHostFixture>
{
    private const string Password = "river lantern mango 9041";

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

    private static object Registration(string email, string language = "en", string? phoneNumber = null) => new
    {
        email,
        password = Password,
        firstName = "Sok",
        lastName = "Dara",
        phoneNumber,
        language,
    };

    private async Task<string> CodeFromEmailAsync(string email, string subjectPart)
    {
        var message = await fixture.Smtp.WaitForAsync(email, m => (m.Subject ?? string.Empty).Contains(subjectPart, StringComparison.Ordinal) && !Seen.Contains(m.MessageId ?? string.Empty));
        Seen.Add(message.MessageId ?? string.Empty);
        return SixDigits().Match(message.TextBody ?? string.Empty).Value;
    }

    private static readonly HashSet<string> Seen = [];

    /// <summary>Registers through the API and confirms the address with the emailed code, as the app does.</summary>
    private async Task RegisterConfirmedAsync(HttpClient client, string email, string? phoneNumber = null)
    {
        (await client.PostAsJsonAsync("/api/account/register-patient", Registration(email, phoneNumber: phoneNumber))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var code = await CodeFromEmailAsync(email, "confirmation code");
        (await client.PostAsJsonAsync("/api/account/confirm-email", new { email, code })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Should_Register_A_Patient_Confirm_The_Email_And_Welcome_Them()
    {
        var email = NewEmail();
        using var client = Client();

        using var registered = await client.PostAsJsonAsync("/api/account/register-patient", Registration(email));
        var code = await CodeFromEmailAsync(email, "confirmation code");
        var beforeConfirming = await TokenClient.PasswordAsync(client, email, Password);
        using var confirmed = await client.PostAsJsonAsync("/api/account/confirm-email", new { email, code });
        var welcome = await fixture.Smtp.WaitForAsync(email, m => m.Subject == "Welcome to DasTern");
        using var signedIn = Client(await TokenClient.AccessTokenAsync(client, email, Password));
        var me = await signedIn.GetFromJsonAsync<JsonElement>("/api/account/my-profile");

        registered.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        code.Length.ShouldBe(6);
        beforeConfirming.Body.Error.ShouldBe("invalid_grant");
        beforeConfirming.Body.ErrorDescription!.ShouldStartWith("email_not_confirmed");
        confirmed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (welcome.TextBody ?? string.Empty).ShouldContain("Sok");
        me.GetProperty("emailConfirmed").GetBoolean().ShouldBeTrue();
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe([RoleNames.Patient]);
        me.GetProperty("timeZone").GetString().ShouldBe("Asia/Phnom_Penh");
    }

    [Fact]
    public async Task Should_Answer_A_Taken_Email_Or_Phone_Number_As_A_New_Registration_And_Tell_The_Owner()
    {
        var owner = NewEmail();
        var phoneNumber = NewPhoneNumber();
        var newcomer = NewEmail();
        using var client = Client();
        await RegisterConfirmedAsync(client, owner, phoneNumber);

        using var sameEmail = await client.PostAsJsonAsync("/api/account/register-caregiver", Registration(owner));
        var told = await fixture.Smtp.WaitForAsync(owner, m => m.Subject == "Someone tried to register with your email address");
        using var samePhone = await client.PostAsJsonAsync("/api/account/register-patient", Registration(newcomer, phoneNumber: phoneNumber));
        var phoneOwnerTold = await fixture.Smtp.WaitForAsync(owner, m => m.Subject == "Someone tried to register with your phone number");
        await CodeFromEmailAsync(newcomer, "confirmation code");
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<DasTern.EntityFrameworkCore.DasTernDbContext>().Users;
        var withOwnersEmail = await users.CountAsync(u => u.NormalizedEmail == owner.ToUpperInvariant());
        var newcomerPhone = await users.Where(u => u.Email == newcomer).Select(u => u.PhoneNumber).SingleAsync();

        sameEmail.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        samePhone.StatusCode.ShouldBe(HttpStatusCode.NoContent);
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
        using var client = Client();
        await RegisterConfirmedAsync(client, email);

        using var known = await client.PostAsJsonAsync("/api/account/send-password-reset-code", new { email });
        using var unknown = await client.PostAsJsonAsync("/api/account/send-password-reset-code", new { email = NewEmail() });
        using var confirmedAlready = await client.PostAsJsonAsync("/api/account/send-email-confirmation-code", new { email });
        using var unknownReset = await client.PostAsJsonAsync("/api/account/reset-password", new { email = NewEmail(), code = "123456", newPassword = "fresh mango kite 4410" });
        using var wrongReset = await client.PostAsJsonAsync("/api/account/reset-password", new { email, code = "123456", newPassword = "fresh mango kite 4410" });

        known.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        confirmedAlready.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await CodeFromEmailAsync(email, "reset code")).Length.ShouldBe(6);
        var unknownBody = await ProblemDetailsBody.ReadAsync(unknownReset, 400, AccountErrorCodes.InvalidCode);
        var wrongBody = await ProblemDetailsBody.ReadAsync(wrongReset, 400, AccountErrorCodes.InvalidCode);
        unknownBody.GetProperty("title").GetString().ShouldBe(wrongBody.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Should_Write_Emails_In_The_Users_Language()
    {
        var email = NewEmail();
        using var client = Client();

        (await client.PostAsJsonAsync("/api/account/register-caregiver", Registration(email, "km"))).EnsureSuccessStatusCode();

        var message = await fixture.Smtp.WaitForAsync(email);
        message.Subject.ShouldBe("លេខកូដបញ្ជាក់ ដាស់តឿន របស់អ្នក");
    }

    [Fact]
    public async Task Should_Refuse_Invalid_Registrations()
    {
        using var client = Client();

        using var invalid = await client.PostAsJsonAsync("/api/account/register-patient", new { email = "not-an-email", password = "short", firstName = "", lastName = "X", language = "fr" });
        using var badZone = await client.PostAsJsonAsync("/api/account/register-patient", new { email = NewEmail(), password = Password, firstName = "A", lastName = "B", timeZone = "Mars/Olympus" });

        var errors = (await ProblemDetailsBody.ReadAsync(invalid, 400, CommonErrorCodes.ValidationFailed)).GetProperty("errors");
        foreach (var member in new[] { "email", "password", "firstName", "language" })
        {
            errors.TryGetProperty(member, out _).ShouldBeTrue(member);
        }

        (await ProblemDetailsBody.ReadAsync(badZone, 400, CommonErrorCodes.ValidationFailed)).GetProperty("errors").TryGetProperty("timeZone", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Should_Sign_In_With_The_Phone_Number_Too()
    {
        var email = NewEmail();
        var phone = "+85597" + Random.Shared.Next(1000000, 9999999);
        using var client = Client();
        await RegisterConfirmedAsync(client, email, phone);

        var (status, body) = await TokenClient.PasswordAsync(client, phone.Insert(4, " "), Password);

        status.ShouldBe(200, body.ErrorDescription);
    }

    [Fact]
    public async Task Should_Treat_A_Trailing_Dot_And_Case_As_The_Same_Mailbox()
    {
        var email = NewEmail();
        using var client = Client();

        using var registered = await client.PostAsJsonAsync("/api/account/register-patient", Registration(" " + email + ". "));
        var code = await CodeFromEmailAsync(email, "confirmation code");
        (await client.PostAsJsonAsync("/api/account/confirm-email", new { email = email + ".", code })).EnsureSuccessStatusCode();
        using var again = await client.PostAsJsonAsync("/api/account/register-patient", Registration(email));
        using var againUpperWithDots = await client.PostAsJsonAsync("/api/account/register-patient", Registration(email.ToUpperInvariant() + ".."));
        await fixture.Smtp.WaitForAsync(email, m => m.Subject == "Someone tried to register with your email address" && !Seen.Contains(m.MessageId ?? string.Empty));
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<DasTern.EntityFrameworkCore.DasTernDbContext>().Users
            .Where(u => u.NormalizedEmail == email.ToUpperInvariant()).Select(u => u.Email).ToListAsync();

        registered.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        again.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        againUpperWithDots.StatusCode.ShouldBe(HttpStatusCode.NoContent);
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

        await RegisterConfirmedAsync(client, email, "0" + national);
        var spellings = new[] { phoneNumber, "855" + national, "00855" + national, "+855 " + national.Insert(2, " ").Insert(6, "-") };
        var duplicates = new List<HttpResponseMessage>();
        foreach (var (spelling, other) in spellings.Zip(others))
        {
            duplicates.Add(await client.PostAsJsonAsync("/api/account/register-patient", Registration(other, phoneNumber: spelling)));
        }

        using var invalid = await client.PostAsJsonAsync("/api/account/register-patient", Registration(NewEmail(), phoneNumber: "+85512345"));
        foreach (var other in others)
        {
            await CodeFromEmailAsync(other, "confirmation code");
        }

        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<DasTern.EntityFrameworkCore.DasTernDbContext>().Users;

        duplicates.ShouldAllBe(duplicate => duplicate.StatusCode == HttpStatusCode.NoContent);
        (await users.Where(u => u.Email == email).Select(u => u.PhoneNumber).SingleAsync()).ShouldBe(phoneNumber);
        (await users.CountAsync(u => others.Contains(u.Email!) && u.PhoneNumber == null)).ShouldBe(others.Count);
        (await ProblemDetailsBody.ReadAsync(invalid, 400, CommonErrorCodes.ValidationFailed)).GetProperty("errors").GetProperty("phoneNumber").GetArrayLength().ShouldBe(1);
        (await TokenClient.PasswordAsync(client, "00855 " + national, Password)).Status.ShouldBe(200);
        duplicates.ForEach(duplicate => duplicate.Dispose());
    }

    [Fact]
    public async Task Should_File_A_Weak_New_Password_Of_A_Reset_Under_newPassword()
    {
        var email = NewEmail();
        using var client = Client();
        await RegisterConfirmedAsync(client, email);
        (await client.PostAsJsonAsync("/api/account/send-password-reset-code", new { email = email + "." })).EnsureSuccessStatusCode();
        var code = await CodeFromEmailAsync(email, "reset code");

        using var weak = await client.PostAsJsonAsync("/api/account/reset-password", new { email, code, newPassword = "P@ssw0rd" });

        var errors = (await ProblemDetailsBody.ReadAsync(weak, 400, CommonErrorCodes.ValidationFailed)).GetProperty("errors");
        errors.EnumerateObject().Select(error => error.Name).ShouldBe(["newPassword"]);
        (await TokenClient.PasswordAsync(client, email, Password)).Status.ShouldBe(200);
    }

    [Fact]
    public async Task Should_Reset_A_Password_With_A_Single_Use_Code_And_End_Old_Sessions()
    {
        var email = NewEmail();
        using var client = Client();
        await RegisterConfirmedAsync(client, email);
        var (_, before) = await TokenClient.PasswordAsync(client, email, Password);

        using var unknown = await client.PostAsJsonAsync("/api/account/send-password-reset-code", new { email = NewEmail() });
        using var known = await client.PostAsJsonAsync("/api/account/send-password-reset-code", new { email });
        var code = await CodeFromEmailAsync(email, "reset code");
        var wrong = code == "000000" ? "111111" : "000000";
        using var wrongCode = await client.PostAsJsonAsync("/api/account/reset-password", new { email, code = wrong, newPassword = "mango lantern river 73" });
        using var reset = await client.PostAsJsonAsync("/api/account/reset-password", new { email, code, newPassword = "mango lantern river 73" });
        using var reused = await client.PostAsJsonAsync("/api/account/reset-password", new { email, code, newPassword = "lotus tuk-tuk monsoon 58" });

        unknown.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        known.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await ProblemDetailsBody.ReadAsync(wrongCode, 400, AccountErrorCodes.InvalidCode);
        reset.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await ProblemDetailsBody.ReadAsync(reused, 400, AccountErrorCodes.InvalidCode);
        (await TokenClient.RefreshAsync(client, before.RefreshToken!)).Body.Error.ShouldBe("invalid_grant");
        (await Client(before.AccessToken).GetAsync("/api/account/my-profile")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await TokenClient.PasswordAsync(client, email, Password)).Body.Error.ShouldBe("invalid_grant");
        (await TokenClient.PasswordAsync(client, email, "mango lantern river 73")).Status.ShouldBe(200);
    }

    [Fact]
    public async Task Should_Create_One_Account_From_Registrations_That_Race_For_One_Email_Or_Phone_Number()
    {
        var email = NewEmail();
        var phoneNumber = NewPhoneNumber();
        var others = Enumerable.Range(0, 6).Select(_ => NewEmail()).ToList();
        using var client = Client();

        var sameEmail = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => client.PostAsJsonAsync("/api/account/register-patient", Registration(email))));
        var samePhone = await Task.WhenAll(others.Select(other => client.PostAsJsonAsync("/api/account/register-patient", Registration(other, phoneNumber: phoneNumber))));
        foreach (var other in others)
        {
            await CodeFromEmailAsync(other, "confirmation code");
        }

        await CodeFromEmailAsync(email, "confirmation code");
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<DasTern.EntityFrameworkCore.DasTernDbContext>().Users;

        sameEmail.Concat(samePhone).ShouldAllBe(response => response.StatusCode == HttpStatusCode.NoContent);
        (await users.CountAsync(u => u.Email == email)).ShouldBe(1);
        (await users.CountAsync(u => others.Contains(u.Email!))).ShouldBe(others.Count);
        (await users.CountAsync(u => u.PhoneNumber == phoneNumber)).ShouldBe(1);
    }

    [Fact]
    public async Task Should_Let_Concurrent_Requests_Neither_Use_A_Code_Twice_Nor_Guess_More_Than_Five_Times()
    {
        var email = NewEmail();
        using var client = Client();
        using var racer = Client();
        await RegisterConfirmedAsync(client, email);

        (await client.PostAsJsonAsync("/api/account/send-password-reset-code", new { email })).EnsureSuccessStatusCode();
        var code = await CodeFromEmailAsync(email, "reset code");
        var uses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            racer.PostAsJsonAsync("/api/account/reset-password", new { email, code, newPassword = $"raced lantern mango {i} 9041" })));

        // The test clock stands still; the newest code must be told apart from the used one by time.
        fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        (await client.PostAsJsonAsync("/api/account/send-password-reset-code", new { email })).EnsureSuccessStatusCode();
        var guessed = await CodeFromEmailAsync(email, "reset code");
        var wrong = guessed == "000000" ? "111111" : "000000";
        var guesses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ =>
            racer.PostAsJsonAsync("/api/account/reset-password", new { email, code = wrong, newPassword = "mango lantern river 73" })));
        using var afterGuesses = await client.PostAsJsonAsync("/api/account/reset-password", new { email, code = guessed, newPassword = "mango lantern river 73" });
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var counted = await scope.ServiceProvider.GetRequiredService<DasTern.EntityFrameworkCore.DasTernDbContext>().UserVerificationCodes
            .Where(c => c.UserId == scope.ServiceProvider.GetRequiredService<DasTern.EntityFrameworkCore.DasTernDbContext>().Users.Single(u => u.Email == email).Id)
            .OrderByDescending(c => c.CreationTime)
            .Select(c => c.Guesses)
            .FirstAsync();

        uses.Count(response => response.StatusCode == HttpStatusCode.NoContent).ShouldBe(1);
        uses.Count(response => response.StatusCode == HttpStatusCode.BadRequest).ShouldBe(7);
        guesses.ShouldAllBe(response => response.StatusCode == HttpStatusCode.BadRequest);
        counted.ShouldBe(DasTern.Identity.UserVerificationCode.MaxGuesses);
        await ProblemDetailsBody.ReadAsync(afterGuesses, 400, AccountErrorCodes.InvalidCode);
    }

    [Fact]
    public async Task Should_Refuse_An_Expired_Code_And_Burn_A_Code_After_Five_Wrong_Guesses()
    {
        var email = NewEmail();
        using var client = Client();
        await RegisterConfirmedAsync(client, email);

        (await client.PostAsJsonAsync("/api/account/send-password-reset-code", new { email })).EnsureSuccessStatusCode();
        var expiring = await CodeFromEmailAsync(email, "reset code");
        fixture.Clock.Advance(TimeSpan.FromMinutes(11));
        using var expired = await client.PostAsJsonAsync("/api/account/reset-password", new { email, code = expiring, newPassword = "mango lantern river 73" });

        (await client.PostAsJsonAsync("/api/account/send-password-reset-code", new { email })).EnsureSuccessStatusCode();
        var burnt = await CodeFromEmailAsync(email, "reset code");
        var wrong = burnt == "000000" ? "111111" : "000000";
        for (var i = 0; i < 5; i++)
        {
            (await client.PostAsJsonAsync("/api/account/reset-password", new { email, code = wrong, newPassword = "mango lantern river 73" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }

        using var afterGuesses = await client.PostAsJsonAsync("/api/account/reset-password", new { email, code = burnt, newPassword = "mango lantern river 73" });

        await ProblemDetailsBody.ReadAsync(expired, 400, AccountErrorCodes.InvalidCode);
        await ProblemDetailsBody.ReadAsync(afterGuesses, 400, AccountErrorCodes.InvalidCode);
    }

    [Fact]
    public async Task Should_Keep_A_Pending_Doctor_Out_Of_Doctor_Permissions()
    {
        var email = NewEmail();
        using var client = Client();
        using var registered = await client.PostAsJsonAsync("/api/account/register-doctor", new
        {
            email, password = Password, firstName = "Chan", lastName = "Vibol", licenseNumber = "KH-MED-1234", specialty = "Cardiology", clinic = "Calmette",
        });
        var code = await CodeFromEmailAsync(email, "confirmation code");
        (await client.PostAsJsonAsync("/api/account/confirm-email", new { email, code })).EnsureSuccessStatusCode();
        using var doctor = Client(await TokenClient.AccessTokenAsync(client, email, Password));

        var profile = await doctor.GetFromJsonAsync<JsonElement>("/api/account/my-profile");
        using var catalogue = await doctor.GetAsync("/api/app/medicine");
        using var users = await doctor.GetAsync("/api/identity/users");

        registered.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        profile.GetProperty("doctorStatus").GetString().ShouldBe("Pending");
        profile.GetProperty("doctorSpecialty").GetString().ShouldBe("Cardiology");
        profile.GetProperty("roles").GetArrayLength().ShouldBe(0);
        // The catalogue is reference data every signed-in account may read; nothing else opens up.
        catalogue.StatusCode.ShouldBe(HttpStatusCode.OK);
        await ProblemDetailsBody.ReadAsync(users, 403, CommonErrorCodes.Forbidden);
    }

    [Fact]
    public async Task Should_Update_The_Profile_And_Change_The_Password_Keeping_Only_The_Callers_Session()
    {
        var email = NewEmail();
        using var client = Client();
        await RegisterConfirmedAsync(client, email);
        var (_, tokens) = await TokenClient.PasswordAsync(client, email, Password);
        var (_, otherDevice) = await TokenClient.PasswordAsync(client, email, Password);
        using var me = Client(tokens.AccessToken);

        using var updated = await me.PutAsJsonAsync("/api/account/my-profile", new
        {
            firstName = "Sokha", lastName = "Dara", timeZone = "Asia/Bangkok", language = "km",
            morningMealTime = "06:30:00", noonMealTime = "11:45:00", eveningMealTime = "17:30:00", nightMealTime = "20:00:00", doseGracePeriodMinutes = 45,
        });
        using var wrongCurrent = await me.PostAsJsonAsync("/api/account/my-profile/change-password", new { currentPassword = "nope-nope", newPassword = "tuk-tuk monsoon lotus 27" });
        using var changed = await me.PostAsJsonAsync("/api/account/my-profile/change-password", new { currentPassword = Password, newPassword = "tuk-tuk monsoon lotus 27" });

        var profile = await updated.Content.ReadFromJsonAsync<JsonElement>();
        profile.GetProperty("morningMealTime").GetString().ShouldBe("06:30:00");
        profile.GetProperty("doseGracePeriodMinutes").GetInt32().ShouldBe(45);
        profile.GetProperty("language").GetString().ShouldBe("km");
        await ProblemDetailsBody.ReadAsync(wrongCurrent, 400, AccountErrorCodes.InvalidPassword);
        changed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await me.GetAsync("/api/account/my-profile")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TokenClient.RefreshAsync(client, tokens.RefreshToken!)).Status.ShouldBe(200);
        (await TokenClient.RefreshAsync(client, otherDevice.RefreshToken!)).Body.Error.ShouldBe("invalid_grant");
        (await Client(otherDevice.AccessToken).GetAsync("/api/account/my-profile")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await TokenClient.PasswordAsync(client, email, "tuk-tuk monsoon lotus 27")).Status.ShouldBe(200);
    }

    [Fact]
    public async Task Should_Count_Wrong_Current_Passwords_Toward_The_Lockout_And_End_Every_Session_When_It_Locks()
    {
        var email = NewEmail();
        using var client = Client();
        await RegisterConfirmedAsync(client, email);
        var (_, tokens) = await TokenClient.PasswordAsync(client, email, Password);
        using var me = Client(tokens.AccessToken);

        var attempts = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++)
        {
            attempts.Add(await me.PostAsJsonAsync("/api/account/my-profile/change-password", new { currentPassword = $"guess-number-{i}", newPassword = "tuk-tuk monsoon lotus 27" }));
        }

        foreach (var attempt in attempts)
        {
            await ProblemDetailsBody.ReadAsync(attempt, 400, AccountErrorCodes.InvalidPassword);
        }

        (await me.GetAsync("/api/account/my-profile")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await TokenClient.RefreshAsync(client, tokens.RefreshToken!)).Body.Error.ShouldBe("invalid_grant");
        var locked = await TokenClient.PasswordAsync(client, email, Password);
        locked.Body.ErrorDescription.ShouldBe("The user name or password is incorrect.");
    }

    [Fact]
    public async Task Should_Retry_Emails_While_The_Mail_Server_Is_Down_And_Audit_The_Ones_That_Never_Leave()
    {
        using var client = Client();
        await fixture.Smtp.StopAsync();
        var retried = NewEmail();
        var lost = NewEmail();
        try
        {
            (await client.PostAsJsonAsync("/api/account/register-patient", Registration(lost))).EnsureSuccessStatusCode();
            await WaitForFailedEmailAuditAsync();
            (await client.PostAsJsonAsync("/api/account/register-patient", Registration(retried))).EnsureSuccessStatusCode();
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
