using DasTern.ExceptionHandling;

namespace DasTern.Repositories;

public class SortMap_Tests
{
    private sealed record Row(int Id, string Name, int Age);

    private static readonly SortMap<Row> Map = SortMap<Row>.WithTieBreaker("name", row => row.Id)
        .Add("name", row => row.Name)
        .Add("age", row => row.Age);

    private static readonly Row[] Rows = [new(3, "b", 30), new(1, "a", 30), new(2, "b", 20)];

    private static int[] Ids(string? sorting) => Map.Parse(sorting).Apply(Rows.AsQueryable()).Select(row => row.Id).ToArray();

    [Theory]
    [InlineData(null, new[] { 1, 2, 3 })]
    [InlineData("name", new[] { 1, 2, 3 })]
    [InlineData("Name ASC", new[] { 1, 2, 3 })]
    [InlineData("name desc", new[] { 2, 3, 1 })]
    [InlineData("age", new[] { 2, 1, 3 })]
    [InlineData("AGE desc", new[] { 1, 3, 2 })]
    public void Should_Sort_By_The_Allowed_Key_Then_By_The_Tie_Breaker(string? sorting, int[] expected)
    {
        Ids(sorting).ShouldBe(expected);
    }

    [Fact]
    public void Should_Name_The_Order_As_The_Map_Spells_It()
    {
        Map.Parse("AGE DESC").ToString().ShouldBe("age desc");
        Map.Parse(null).ToString().ShouldBe("name");
    }

    [Theory]
    [InlineData("password")]
    [InlineData("name; drop table users")]
    [InlineData("name sideways")]
    [InlineData("name desc extra")]
    public void Should_Reject_Anything_Else_As_A_400(string sorting)
    {
        var exception = Should.Throw<BusinessException>(() => Map.Parse(sorting));

        exception.Code.ShouldBe(CommonErrorCodes.SortingNotAllowed);
        exception.HttpStatusCode.ShouldBe(400);
    }
}
