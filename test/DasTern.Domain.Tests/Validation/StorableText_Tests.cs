namespace DasTern.Validation;

public class StorableText_Tests
{
    [Theory]
    [InlineData("plain")]
    [InlineData("ខ្មែរ")]
    [InlineData("emoji 😀 pairs")]
    [InlineData("")]
    public void Should_Accept_Text_PostgreSQL_Can_Store(string text) => StorableText.IsStorable(text).ShouldBeTrue();

    // Built here rather than in [InlineData]: xunit's test-case serialization would replace a lone surrogate with U+FFFD.
    [Fact]
    public void Should_Refuse_NUL_And_Unpaired_Surrogates()
    {
        string[] texts = ["a\0b", "lone high \uD800", "\uDC00 lone low", "reversed \uDE00\uD83D pair", "ends high \uD83D"];

        texts.ShouldAllBe(text => !StorableText.IsStorable(text));
    }

    [Theory]
    [InlineData("{\"a\":\"\\u0000\"}", false)]
    [InlineData("{\"a\":\"x\\\\u0000\"}", true)]
    [InlineData("{\"a\":\"x\\\\\\u0000\"}", false)]
    [InlineData("{\"a\":\"fine\"}", true)]
    public void Should_Refuse_A_NUL_Escape_In_Json_But_Not_An_Escaped_Backslash(string json, bool storable) =>
        StorableText.IsStorableJson(json).ShouldBe(storable);
}
