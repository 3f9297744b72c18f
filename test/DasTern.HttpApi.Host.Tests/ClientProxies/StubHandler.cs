namespace DasTern.ClientProxies;

/// <summary>Answers every request with one status and no problem details, and records what it was sent.</summary>
public sealed class StubHandler(System.Net.HttpStatusCode status) : HttpMessageHandler
{
    public List<string> Requests { get; } = [];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add($"{request.Method} {request.RequestUri!.AbsoluteUri}");
        var response = new HttpResponseMessage(status) { RequestMessage = request };
        // Retry at once: the test checks whether a retry happens, not the back-off.
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.Zero);
        return Task.FromResult(response);
    }
}
