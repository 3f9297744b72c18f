using System.Text;
using System.Text.Json;

namespace DasTern.Localization;

public class LocalizationResources_Tests
{
    private static readonly IReadOnlyList<LocalizationResource> Shipped = LocalizationResources.Read(typeof(JsonStringLocalizer).Assembly);

    [Fact]
    public void Should_Embed_An_English_And_A_Khmer_File_With_The_Same_Keys_For_Every_Feature()
    {
        Shipped.Select(resource => resource.Source).Distinct().Count().ShouldBeGreaterThan(1);
        foreach (var feature in Shipped.GroupBy(resource => resource.Source))
        {
            var byLanguage = feature.ToDictionary(resource => resource.Language);
            byLanguage.Keys.ShouldBe(SupportedLanguages.All, ignoreOrder: true, customMessage: feature.Key);
            byLanguage[SupportedLanguages.Khmer].Texts.Keys.ShouldBe(byLanguage[SupportedLanguages.English].Texts.Keys, ignoreOrder: true, customMessage: feature.Key);
        }
    }

    [Fact]
    public void Should_Refuse_To_Load_A_Key_Defined_By_Two_Files()
    {
        var failure = Should.Throw<InvalidOperationException>(() => LocalizationResources.Load(typeof(LocalizationResources_Tests).Assembly));

        failure.Message.ShouldContain("'Test:Shared'");
        failure.Message.ShouldContain("DasTern.Localization.DuplicateKeys.First");
        failure.Message.ShouldContain("DasTern.Localization.DuplicateKeys.Second");
    }

    [Fact]
    public void Should_Refuse_A_Key_Written_Twice_In_One_File()
    {
        using var json = new MemoryStream(Encoding.UTF8.GetBytes("""{ "Test:Key": "first", "Test:Key": "second" }"""));

        Should.Throw<JsonException>(() => LocalizationResources.Parse("Test", SupportedLanguages.English, json));
    }
}
