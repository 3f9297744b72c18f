namespace DasTern.Account;

/// <summary>A checked registration waiting for its job: the password is already hashed.</summary>
public sealed record RegistrationRequest(
    string Email,
    string PasswordHash,
    string FirstName,
    string LastName,
    string? PhoneNumber,
    string Language,
    string TimeZone,
    string? Role,
    string? DoctorLicenseNumber,
    string? DoctorSpecialty,
    string? DoctorClinic);
