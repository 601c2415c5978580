using IncidentMap.Geoparsing.Places;
using IncidentMap.Server.Storage;

namespace IncidentMap.Server.Tests.Browser;

/// <summary>The map server with 200,000 synthetic incidents over Europe (the store benchmark's generator) on top of
/// the seed, shared by the large-data page tests of a run.</summary>
public sealed class LargeMapFixture : MapServerFixture
{
    public const int Incidents = 200_000;

    protected override Task FillAsync(IIncidentStore store, Gazetteer gazetteer) =>
        EuropeIncidents.AddAsync(store, gazetteer, Incidents, perArticle: 1000, CancellationToken.None);
}

/// <summary>The large-data page tests share one server and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class LargeMapCollection : ICollectionFixture<LargeMapFixture>
{
    public const string Name = "Map page with 200,000 incidents";
}
