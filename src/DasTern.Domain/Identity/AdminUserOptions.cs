using System.ComponentModel.DataAnnotations;

namespace DasTern.Identity;

/// <summary>The administrator account the migrator seeds (section <c>Admin</c>).</summary>
public sealed class AdminUserOptions
{
    public const string SectionName = "Admin";

    /// <summary>Only accepted in Development; anywhere else the host refuses to start with it.</summary>
    public const string DevelopmentPassword = "kampot pepper and river boats";

    [Required]
    [EmailAddress]
    public string Email { get; set; } = "admin@dastern.local";

    [Required(ErrorMessage = "Admin:Password is required.")]
    public string Password { get; set; } = string.Empty;

    /// <summary>Why these settings may not be used, or null when they may.</summary>
    public string? ProblemOutsideDevelopment(bool isDevelopment) =>
        isDevelopment ? null
        : string.IsNullOrWhiteSpace(Password) ? "Admin:Password is required outside the Development environment."
        : Password == DevelopmentPassword ? "Admin:Password still has the development default; set a strong password."
        : null;
}
