using System.Reflection;
using DasTern.Services;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.Controllers;

namespace DasTern.AutoApi;

public sealed class VisibleProbeAppService : IApplicationService;

[RemoteService(false)]
public sealed class HiddenProbeAppService : IApplicationService;

public class ControllerFeature_Tests
{
    [Fact]
    public void Should_Make_Application_Services_Controllers_Unless_They_Opt_Out()
    {
        var manager = new ApplicationPartManager();
        manager.ApplicationParts.Add(new AssemblyPart(typeof(ControllerFeature_Tests).Assembly));
        manager.FeatureProviders.Add(new ApplicationServiceControllerFeatureProvider());
        var feature = new ControllerFeature();

        manager.PopulateFeature(feature);

        feature.Controllers.ShouldContain(typeof(VisibleProbeAppService).GetTypeInfo());
        feature.Controllers.ShouldNotContain(typeof(HiddenProbeAppService).GetTypeInfo());
    }
}
