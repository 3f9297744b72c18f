namespace DasTern.Identity;

public sealed class VerifyDoctorDto
{
    /// <summary>True approves the licence; false rejects the application.</summary>
    public bool Approve { get; set; }
}
