namespace DasTern;

[CollectionDefinition(Name)]
public sealed class ApplicationTestCollection : ICollectionFixture<DatabaseFixture>
{
    public const string Name = "Application";
}
