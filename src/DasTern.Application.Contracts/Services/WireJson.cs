using System.Text.Json;
using System.Text.Json.Serialization;

namespace DasTern.Services;

/// <summary>The JSON both ends of the API speak: web defaults (camelCase, case-insensitive reads) and enums by name.</summary>
public static class WireJson
{
    public static void Configure(JsonSerializerOptions options) => options.Converters.Add(new JsonStringEnumConverter());

    public static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Configure(options);
        return options;
    }
}
