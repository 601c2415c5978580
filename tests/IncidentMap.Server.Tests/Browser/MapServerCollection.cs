namespace IncidentMap.Server.Tests.Browser;

/// <summary>The map page tests share one server and one browser, and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class MapServerCollection : ICollectionFixture<MapServerFixture>
{
    public const string Name = "Map page in a browser";
}
