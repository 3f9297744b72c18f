using System.Security.Cryptography;
using System.Text.Json;
using DasTern.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace DasTern.ApplicationConfiguration;

/// <summary>Serves the application configuration with an ETag, so an unchanged answer costs a 304.</summary>
[ApiExplorerSettings(GroupName = null)]
[AllowAnonymous]
public sealed class ApplicationConfigurationController(
    IApplicationServiceInvoker services,
    IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> jsonOptions)
{
    [ControllerContext]
    public ControllerContext ControllerContext { get; set; } = null!;

    [HttpGet("~/api/application-configuration")]
    [ProducesResponseType<ApplicationConfigurationDto>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    public async Task<IActionResult> GetAsync()
    {
        var configuration = await services.InvokeAsync<IApplicationConfigurationAppService, ApplicationConfigurationDto>(service => service.GetAsync());
        var body = JsonSerializer.SerializeToUtf8Bytes(configuration, jsonOptions.Value.SerializerOptions);
        var etag = new EntityTagHeaderValue("\"" + Convert.ToBase64String(SHA256.HashData(body)[..16]) + "\"");
        var http = ControllerContext.HttpContext;
        http.Response.Headers.ETag = etag.ToString();
        // It describes one caller: no cache (browser, proxy) keeps it; a client that holds the ETag itself revalidates cheaply.
        http.Response.Headers.CacheControl = "no-store";
        var ifNoneMatch = http.Request.GetTypedHeaders().IfNoneMatch;
        if (ifNoneMatch.Any(candidate => candidate.Compare(etag, useStrongComparison: false)))
        {
            return new StatusCodeResult(StatusCodes.Status304NotModified);
        }

        return new FileContentResult(body, "application/json");
    }
}
