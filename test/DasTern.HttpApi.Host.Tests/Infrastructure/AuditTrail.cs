using System.Net.Http.Json;
using System.Text.Json;

namespace DasTern.Infrastructure;

/// <summary>Reads audit records through the admin API.</summary>
public static class AuditTrail
{
    /// <summary>The request record with this correlation id; it is written once the answer has been sent, so it may take a moment.</summary>
    public static async Task<JsonElement> RecordOfAsync(HttpClient admin, string correlationId)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var items = (await admin.GetFromJsonAsync<JsonElement>($"/api/audit-logging/audit-logs?correlationId={correlationId}")).GetProperty("items");
            if (items.GetArrayLength() > 0)
            {
                return items[0];
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No audit record for {correlationId}.");
    }
}
