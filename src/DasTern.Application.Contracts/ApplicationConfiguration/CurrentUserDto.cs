namespace DasTern.ApplicationConfiguration;

public sealed class CurrentUserDto
{
    public bool IsAuthenticated { get; set; }

    public Guid? Id { get; set; }

    public string? UserName { get; set; }

    public string? Email { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? Language { get; set; }

    public IReadOnlyList<string> Roles { get; set; } = [];
}
