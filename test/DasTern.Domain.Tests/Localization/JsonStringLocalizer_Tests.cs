using System.Globalization;
using System.Reflection;
using DasTern.ExceptionHandling;

namespace DasTern.Localization;

public class JsonStringLocalizer_Tests
{
    private static IReadOnlyDictionary<string, string> TextsIn(string language)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(language);
        try
        {
            return new JsonStringLocalizer().GetAllStrings(false).ToDictionary(text => text.Name, text => text.Value);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void Should_Have_A_Khmer_Text_For_Every_English_Text()
    {
        var english = TextsIn("en");
        var khmer = TextsIn("km");

        khmer.Keys.ShouldBe(english.Keys, ignoreOrder: true);
        khmer.Where(pair => pair.Value == english[pair.Key] && !pair.Key.StartsWith("PermissionGroup:DasTern", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public void Should_Have_A_Text_For_Every_Error_Code_Of_Every_Feature()
    {
        var classes = typeof(CommonErrorCodes).Assembly.GetTypes().Where(type => type.IsAbstract && type.IsSealed && type.Name.EndsWith("ErrorCodes", StringComparison.Ordinal)).ToList();
        var codes = classes.SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Static)).Select(field => (string)field.GetValue(null)!).ToList();

        classes.Count.ShouldBeGreaterThan(1);
        codes.ShouldAllBe(code => JsonStringLocalizer.Has(code));
        codes.ShouldBeUnique();
    }

    [Fact]
    public void Should_Fill_Named_Placeholders_In_The_Current_Language()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("km");
        try
        {
            var text = new JsonStringLocalizer().Format(CommonErrorCodes.EntityNotFound, new Dictionary<string, object?> { ["EntityType"] = "Medicine", ["Id"] = 42 });

            text.ShouldBe("រកមិនឃើញ Medicine ដែលមានលេខសម្គាល់ 42 ទេ។");
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void Should_Fall_Back_To_English_For_An_Unsupported_Language()
    {
        TextsIn("fr")[CommonErrorCodes.Forbidden].ShouldBe(TextsIn("en")[CommonErrorCodes.Forbidden]);
    }
}
