using System.Text.Json;
using System.Text.Json.Serialization;

namespace DasTern.Medicines;

/// <summary>Reads the catalogue seed files embedded in this assembly.</summary>
public static class EmbeddedSeedData
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static IReadOnlyList<MedicineSeedItem> Medicines() => Read<MedicineSeedItem>("medicines");

    public static IReadOnlyList<DrugInteractionSeedItem> DrugInteractions() => Read<DrugInteractionSeedItem>("drug-interactions");

    private static List<T> Read<T>(string name)
    {
        using var stream = typeof(EmbeddedSeedData).Assembly.GetManifestResourceStream($"DasTern.Medicines.SeedData.{name}.json")
            ?? throw new InvalidOperationException($"Seed file '{name}.json' is not embedded.");
        return JsonSerializer.Deserialize<List<T>>(stream, Options)
            ?? throw new InvalidOperationException($"Seed file '{name}.json' is empty.");
    }
}
