using DasTern.ExceptionHandling;

namespace DasTern.Infrastructure;

/// <summary>Checks that a proxy call failed with the server's exception, status, code and a localized message.</summary>
public static class RemoteFailure
{
    public static async Task<TException> ShouldThrowAsync<TException>(Func<Task> call, int status, string code)
        where TException : BusinessException
    {
        var exception = await Should.ThrowAsync<TException>(call);
        exception.HttpStatusCode.ShouldBe(status);
        exception.Code.ShouldBe(code);
        exception.Message.ShouldNotBeNullOrWhiteSpace();
        return exception;
    }

    /// <summary>The status a call failed with, or null when it succeeded.</summary>
    public static async Task<int?> StatusOfAsync(Func<Task> call)
    {
        try
        {
            await call();
            return null;
        }
        catch (BusinessException exception)
        {
            return exception.HttpStatusCode;
        }
    }
}
