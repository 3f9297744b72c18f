using DasTern.Entities;
using Microsoft.AspNetCore.Identity;

namespace DasTern.Identity;

public sealed class AppRole : IdentityRole<Guid>
{
    public AppRole(string name, bool isStatic)
        : base(name)
    {
        Id = EntityId.New();
        IsStatic = isStatic;
    }

    private AppRole()
    {
    }

    /// <summary>The same check as every aggregate's; Identity's store then saves against the loaded stamp.</summary>
    public void ExpectConcurrencyStamp(string concurrencyStamp) => ConcurrencyStamps.Expect(ConcurrencyStamp, concurrencyStamp);

    /// <summary>Built-in roles (Patient, Doctor, Caregiver, Admin) cannot be deleted or renamed.</summary>
    public bool IsStatic { get; private set; }
}
