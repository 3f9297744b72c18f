using System.Text.Json;
using DasTern.ExceptionHandling;
using DasTern.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace DasTern.Platform;

[Collection(HostTestCollection.Name)]
public class ExceptionHandler_Tests(HostFixture fixture)
{
    [Fact]
    public async Task Should_Answer_An_Unexpected_Exception_With_A_Generic_500()
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Response.Body = new MemoryStream();
        var handler = scope.ServiceProvider.GetServices<Microsoft.AspNetCore.Diagnostics.IExceptionHandler>().OfType<ProblemDetailsExceptionHandler>().Single();

        (await handler.TryHandleAsync(context, new InvalidOperationException("secret connection string Password=hunter2"), CancellationToken.None)).ShouldBeTrue();

        context.Response.StatusCode.ShouldBe(500);
        context.Response.Body.Position = 0;
        var body = await new StreamReader(context.Response.Body).ReadToEndAsync();
        body.ShouldNotContain("hunter2");
        body.ShouldNotContain("InvalidOperationException");
        JsonDocument.Parse(body).RootElement.GetProperty("code").GetString().ShouldBe(CommonErrorCodes.InternalError);
    }
}
