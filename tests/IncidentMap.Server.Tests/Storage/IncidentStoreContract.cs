using IncidentMap.Geoparsing.Places;
using IncidentMap.Server.Storage;
using NetTopologySuite.Geometries;

namespace IncidentMap.Server.Tests.Storage;

/// <summary>What every store must do, run against the embedded store and PostGIS alike.</summary>
public abstract partial class IncidentStoreContract : IAsyncLifetime
{
    private IIncidentStore? _store;

    protected static CancellationToken Token => TestContext.Current.CancellationToken;

    protected IIncidentStore Store => _store ?? throw new InvalidOperationException("Store not open.");

    /// <summary>Opens a store on fresh, empty storage and initialises it with <see cref="StoreTestData.Gazetteer"/>.</summary>
    protected abstract Task<IIncidentStore> OpenAsync();

    /// <summary>Closes the store and opens it again on the same storage, as a restart does, initialised with
    /// <paramref name="gazetteer"/> (default <see cref="StoreTestData.Gazetteer"/>), as after a gazetteer update.</summary>
    protected abstract Task<IIncidentStore> ReopenAsync(IIncidentStore store, Gazetteer? gazetteer = null);

    /// <summary>Makes the database reject the next write to incident_places, as a failure mid-ingest would.</summary>
    protected abstract Task InjectIncidentPlaceFailureAsync();

    protected abstract Task RemoveIncidentPlaceFailureAsync();

    public async ValueTask InitializeAsync() => _store = await OpenAsync();

    public virtual async ValueTask DisposeAsync()
    {
        if (_store is IAsyncDisposable disposable) await disposable.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    protected void Replace(IIncidentStore store) => _store = store;

    [Fact]
    public async Task AddArticle_StoresIncidentsAtThePointOfTheirMostPrecisePlace()
    {
        var (article, parse) = StoreTestData.Seed();
        var result = await Store.AddArticleAsync(article, parse, Token);

        Assert.True(result.Created);
        Assert.Equal(64, result.Article.ContentHash.Length);
        Assert.Equal(["troop_deployment", "military_exercise", "territory_captured", "airspace_violation", "diplomatic_talks"],
            result.Incidents.Select(i => i.Subtype));
        var troops = result.Incidents[0];
        Assert.Equal(new Coordinate(23.1166, 52.0324), troops.Location!.Coordinate);
        Assert.Equal(4326, troops.Location.SRID);
        Assert.Equal("Troops were deployed near Biała Podlaska on Friday.", troops.Summary);
        Assert.Equal(["POL"], troops.Countries);
        Assert.Equal("city:776069", Assert.Single(troops.Places).Id);
        Assert.Null(result.Incidents[4].Location);

        var stored = await Store.GetIncidentAsync(troops.Id, Token);
        Assert.NotNull(stored);
        Assert.Equal(troops.Summary, stored.Summary);
        Assert.Equal(troops.Location, stored.Location);
        Assert.Equal("Biała Podlaska", stored.Places[0].Mention);
        Assert.Equal(article.Text.IndexOf("Biała", StringComparison.Ordinal), stored.Places[0].MentionStart);
        Assert.Equal(result.Article.Id, stored.Article.Id);
        Assert.Equal("Test Wire", stored.Article.Source);
        Assert.Equal(new DateOnly(2025, 9, 12), stored.Date);
        Assert.Equal(["Russia"], stored.Actors);
    }

    [Fact]
    public async Task AddArticle_SameTextAgain_ReturnsTheSameArticleAndCreatesNothing()
    {
        var (article, parse) = StoreTestData.Seed();
        var first = await Store.AddArticleAsync(article, parse, Token);
        var again = await Store.AddArticleAsync(article with { Title = "Another title" }, parse, Token);

        Assert.False(again.Created);
        Assert.Equal(first.Article.Id, again.Article.Id);
        Assert.Equal(first.Incidents.Select(i => i.Id), again.Incidents.Select(i => i.Id));
        Assert.Equal(5, (await Store.QueryIncidentsAsync(new IncidentFilter(), Token)).NumberMatched);
    }

    [Fact]
    public async Task AddArticle_ConcurrentDuplicates_CreateOneArticle()
    {
        var (article, parse) = StoreTestData.Seed();
        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => Store.AddArticleAsync(article, parse, Token), Token)));

        Assert.Single(results, r => r.Created);
        Assert.Single(results.Select(r => r.Article.Id).Distinct());
        Assert.Equal(5, (await Store.QueryIncidentsAsync(new IncidentFilter(), Token)).NumberMatched);
    }

    [Fact]
    public async Task AddArticle_DatabaseFailureMidIngest_WritesNothing()
    {
        var (article, parse) = StoreTestData.Seed();
        await InjectIncidentPlaceFailureAsync();
        await Assert.ThrowsAnyAsync<Exception>(() => Store.AddArticleAsync(article, parse, Token));
        await RemoveIncidentPlaceFailureAsync();

        Assert.Equal(0, (await Store.QueryIncidentsAsync(new IncidentFilter(), Token)).NumberMatched);
        Assert.Null(await Store.GetArticleAsync(1, Token));
        var reopened = await ReopenAsync(Store);
        Replace(reopened);
        Assert.Equal(0, (await Store.QueryIncidentsAsync(new IncidentFilter(), Token)).NumberMatched);

        // The same article goes in cleanly once the database is healthy again.
        var retry = await Store.AddArticleAsync(article, parse, Token);
        Assert.True(retry.Created);
        Assert.Equal(5, (await Store.QueryIncidentsAsync(new IncidentFilter(), Token)).NumberMatched);
    }

    [Fact]
    public async Task DeleteArticle_RemovesItAndItsIncidentsOnly()
    {
        var seed = await AddAsync(StoreTestData.Seed());
        var second = await AddAsync(StoreTestData.Second());

        Assert.True(await Store.DeleteArticleAsync(seed.Article.Id, Token));
        Assert.False(await Store.DeleteArticleAsync(seed.Article.Id, Token));
        Assert.Null(await Store.GetArticleAsync(seed.Article.Id, Token));
        Assert.Null(await Store.GetIncidentAsync(seed.Incidents[0].Id, Token));
        var left = await Store.QueryIncidentsAsync(new IncidentFilter(), Token);
        Assert.Equal(second.Incidents.Select(i => i.Id).Order(), left.Items.Select(i => i.Id).Order());
        Assert.Null(await Store.GetAreaAsync("admin1:BY-HR", Token));
        Assert.Empty((await Store.QueryNearBorderAsync(new NearBorderQuery("border:BLR-POL", 50, null, new IncidentFilter()), Token))!.Items);
    }

    [Fact]
    public async Task Restart_KeepsArticlesIncidentsAndPlaces()
    {
        var seed = await AddAsync(StoreTestData.Seed());
        Replace(await ReopenAsync(Store));

        Assert.Equal(seed.Article.Title, (await Store.GetArticleAsync(seed.Article.Id, Token))?.Title);
        var incidents = await Store.QueryIncidentsAsync(new IncidentFilter(), Token);
        Assert.Equal(seed.Incidents.Select(i => i.Subtype), incidents.Items.Select(i => i.Subtype));
        Assert.Equal(seed.Incidents[1].Places[0], incidents.Items[1].Places[0]);
        Assert.Equal(1, (await Store.GetAreaAsync("admin1:BY-HR", Token))?.IncidentCount);
        Assert.False((await Store.AddArticleAsync(StoreTestData.Seed().Article, StoreTestData.Seed().Parse, Token)).Created);
    }

    [Fact]
    public async Task IsReady_WhenOpen()
    {
        Assert.True(await Store.IsReadyAsync(Token));
    }

    protected async Task<AddArticleResult> AddAsync((NewArticle Article, Geoparsing.Parsing.GeoparseResult Parse) input) =>
        await Store.AddArticleAsync(input.Article, input.Parse, Token);

    protected static PlaceKind KindOf(string id) => StoreTestData.Gazetteer.Get(id)!.Kind;
}
