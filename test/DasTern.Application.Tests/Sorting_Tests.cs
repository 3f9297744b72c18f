using DasTern.ExceptionHandling;
using DasTern.Sorting;

namespace DasTern;

public class Sorting_Tests
{
    private static readonly Dictionary<string, int> Allowed = new(StringComparer.OrdinalIgnoreCase) { ["name"] = 1, ["creationTime"] = 2 };

    [Theory]
    [InlineData(null, 0, false)]
    [InlineData("name", 1, false)]
    [InlineData("Name ASC", 1, false)]
    [InlineData("creationTime desc", 2, true)]
    public void Should_Parse_Allowed_Fields_And_Directions(string? sorting, int field, bool descending)
    {
        SortingParser.Parse(sorting, Allowed, 0).ShouldBe((field, descending));
    }

    [Theory]
    [InlineData("password")]
    [InlineData("name; drop table users")]
    [InlineData("name sideways")]
    [InlineData("name desc extra")]
    public void Should_Reject_Anything_Else_As_A_400(string sorting)
    {
        var exception = Should.Throw<BusinessException>(() => SortingParser.Parse(sorting, Allowed, 0));

        exception.Code.ShouldBe(CommonErrorCodes.SortingNotAllowed);
        exception.HttpStatusCode.ShouldBe(400);
    }
}
