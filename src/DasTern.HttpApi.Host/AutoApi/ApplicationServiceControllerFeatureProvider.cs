using System.Reflection;
using DasTern.Services;
using Microsoft.AspNetCore.Mvc.Controllers;

namespace DasTern.AutoApi;

/// <summary>Makes every enabled application service a controller, without a Controller suffix or base class.</summary>
public sealed class ApplicationServiceControllerFeatureProvider : ControllerFeatureProvider
{
    protected override bool IsController(TypeInfo typeInfo) =>
        base.IsController(typeInfo) || (ApplicationServiceTypes.IsApplicationService(typeInfo) && RemoteServiceLookup.IsEnabled(typeInfo));

}
