using System.Net.Http.Json;
using System.Text.Json;
using DasTern.Services;

namespace DasTern.ClientProxies;

/// <summary>Sends one call and reads its result, or turns the problem-details answer back into the server's exception.</summary>
public sealed class RemoteServiceInvoker(HttpClient httpClient)
{
    private static readonly JsonSerializerOptions Json = WireJson.CreateOptions();

    public async Task InvokeAsync(ConventionalRoute route, object?[] arguments)
    {
        using var response = await SendAsync(route, arguments);
    }

    public async Task<T> InvokeAsync<T>(ConventionalRoute route, object?[] arguments)
    {
        using var response = await SendAsync(route, arguments);
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }

    private async Task<HttpResponseMessage> SendAsync(ConventionalRoute route, object?[] arguments)
    {
        using var request = RemoteRequest.Create(route, arguments, Json);
        var response = await httpClient.SendAsync(request);
        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            throw await RemoteErrors.ReadAsync(response, Json);
        }
    }
}
