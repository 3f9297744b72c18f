using System.Reflection;
using DasTern.Services;
using Microsoft.AspNetCore.Mvc.Controllers;

namespace DasTern.AutoApi;

/// <summary>Makes every enabled application service a controller, without a Controller suffix or base class.</summary>
public sealed class ApplicationServiceControllerFeatureProvider : ControllerFeatureProvider
{
    protected override bool IsController(TypeInfo typeInfo) =>
        base.IsController(typeInfo) || (ApplicationServiceTypes.IsApplicationService(typeInfo) && IsRemoteEnabled(typeInfo));

    /// <summary>The attribute counts on the member itself or, for a class, on any of its service interfaces.</summary>
    public static bool IsRemoteEnabled(MemberInfo member)
    {
        var attribute = member.GetCustomAttribute<RemoteServiceAttribute>()
            ?? (member as Type)?.GetInterfaces().Select(contract => contract.GetCustomAttribute<RemoteServiceAttribute>()).FirstOrDefault(found => found is not null);
        return attribute?.IsEnabled ?? true;
    }
}
