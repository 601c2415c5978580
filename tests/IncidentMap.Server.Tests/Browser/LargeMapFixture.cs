using IncidentMap.Geoparsing.Places;
using IncidentMap.Server.Storage;
using IncidentMap.Server.Tests.Api;

namespace IncidentMap.Server.Tests.Browser;

/// <summary>The map server on the embedded store with 200,000 synthetic incidents over Europe (the store benchmark's
/// generator) on top of the seed, written through the store's ingest; shared by the large-data page tests of a run.</summary>
public sealed class LargeMapFixture : MapServerFixture
{
    public const int Incidents = 200_000;

    protected override Task FillAsync(IIncidentStore store, Gazetteer gazetteer) =>
        EuropeIncidents.AddAsync(store, gazetteer, Incidents, perArticle: 1000, CancellationToken.None);
}

/// <summary>The map server on PostGIS with the same 200,000 incidents, loaded with the store benchmark's bulk COPY
/// into a seeded database before the server starts.</summary>
public sealed class LargePostGisMapFixture(PostGisDatabase postGis) : MapServerFixture
{
    // The bulk load bypasses ingest, so the server would group its 200,000 incidents into events in the background and
    // push each to the open page, whose markers then never hold still long enough to be counted.
    protected override IEnumerable<(string Key, string Value)> Settings => [("INCIDENTMAP_EVENT_BACKFILL", "false")];

    protected override async Task<string?> PrepareDatabaseAsync(Gazetteer gazetteer)
    {
        postGis.Require();
        var connectionString = await PostGisTemplate.CloneAsync(postGis, gazetteer, CancellationToken.None);
        await StoreBench.BulkLoader.LoadAsync(connectionString, new StoreBench.SyntheticEurope(gazetteer, seed: 42), LargeMapFixture.Incidents, CancellationToken.None);
        return connectionString;
    }
}

/// <summary>The large-data page tests on the embedded store share one server and one browser.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LargeMapCollection : ICollectionFixture<LargeMapFixture>
{
    public const string Name = "Map page with 200,000 incidents";
}

/// <summary>The large-data page tests on PostGIS share one server and one browser.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LargePostGisMapCollection : ICollectionFixture<LargePostGisMapFixture>
{
    public const string Name = "Map page with 200,000 incidents in PostGIS";
}
