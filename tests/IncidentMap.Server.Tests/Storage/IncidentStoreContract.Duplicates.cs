using IncidentMap.Geoparsing.Parsing;
using IncidentMap.Server.Storage;

namespace IncidentMap.Server.Tests.Storage;

public abstract partial class IncidentStoreContract
{
    /// <summary>A wire story of about 90 words, as an outlet runs it (no incidents: duplicates do not depend on them).</summary>
    protected static (NewArticle, GeoparseResult) Wire(string outlet, string url, string lead = "Heavy rain flooded the lower town overnight, officials said on Monday.",
        string extra = "")
    {
        var text = lead + " Rescue teams evacuated more than two hundred residents from homes along the river as water rose above the "
            + "embankment. The regional emergency service said two bridges were closed and schools would stay shut until Wednesday. "
            + "Forecasters expect more rain later in the week, and farmers fear that the harvest in the valley will be lost. "
            + "Volunteers filled sandbags through the night while the army sent trucks to carry families to shelters in the hills." + extra;
        return (new NewArticle { Title = "Floods", Text = text, Source = outlet, Url = url, Published = new DateTimeOffset(2025, 9, 16, 8, 0, 0, TimeSpan.Zero) },
            new GeoparseResult(new DateOnly(2025, 9, 16), [], []));
    }

    [Fact]
    public async Task AddArticle_SameAddressWithOtherText_IsTheStoredCopy()
    {
        var first = await AddAsync(Wire("Outlet A", "https://a.example/floods"));
        var again = await AddAsync(Wire("Outlet A", "https://A.example/floods/?utm_source=rss", lead: "An update with new figures came in the afternoon."));

        Assert.False(again.Created);
        Assert.Equal(DuplicateMatch.Url, again.MatchedBy);
        Assert.False(again.SourceAdded);
        Assert.Equal(first.Article.Id, again.Article.Id);
        Assert.Single(await Store.GetArticleSourcesAsync(first.Article.Id, Token));
    }

    [Fact]
    public async Task AddArticle_SameTextFromAnotherOutlet_AddsASource()
    {
        var first = await AddAsync(Wire("Outlet A", "https://a.example/floods"));
        var copy = await AddAsync(Wire("Outlet B", "https://b.example/news/42"));
        var repost = await AddAsync(Wire("Outlet B", "https://b.example/news/42"));

        Assert.Equal((false, DuplicateMatch.ContentHash, true), (copy.Created, copy.MatchedBy, copy.SourceAdded));
        Assert.Equal((false, DuplicateMatch.Url, false), (repost.Created, repost.MatchedBy, repost.SourceAdded));
        var sources = await Store.GetArticleSourcesAsync(first.Article.Id, Token);
        Assert.Equal(["Outlet A", "Outlet B"], sources.Select(s => s.Outlet));
        Assert.Equal(["https://a.example/floods", "https://b.example/news/42"], sources.Select(s => s.Url));
        Assert.All(sources, s => Assert.Equal("Floods", s.Title));
    }

    [Fact]
    public async Task AddArticle_LightlyEditedCopy_IsANearDuplicateWithASource()
    {
        var first = await AddAsync(Wire("Outlet A", "https://a.example/floods"));

        var edited = await AddAsync(Wire("Outlet B", "https://b.example/floods",
            lead: "Heavy rain flooded the lower town overnight, local officials said on Monday.", extra: " Our correspondent reports."));

        Assert.Equal((false, DuplicateMatch.NearDuplicate, true), (edited.Created, edited.MatchedBy, edited.SourceAdded));
        Assert.Equal(first.Article.Id, edited.Article.Id);
        Assert.Equal(2, (await Store.GetArticleSourcesAsync(first.Article.Id, Token)).Count);
        Replace(await ReopenAsync(Store));
        var afterRestart = await AddAsync(Wire("Outlet C", "https://c.example/floods", extra: " Updated at noon."));
        Assert.Equal((false, DuplicateMatch.NearDuplicate), (afterRestart.Created, afterRestart.MatchedBy));
        Assert.Equal(["Outlet A", "Outlet B", "Outlet C"], (await Store.GetArticleSourcesAsync(first.Article.Id, Token)).Select(s => s.Outlet));
    }

    [Fact]
    public async Task AddArticle_CopiesStoredAtTheSameMoment_AreOneArticle()
    {
        // Six outlets' lightly edited copies and one more item at the first outlet's address, all stored at once: the
        // lookups run before the ingests take turns, so each must still see what the turns before it stored.
        var copies = Enumerable.Range(0, 6)
            .Select(n => Wire($"Outlet {n}", $"https://outlet{n}.example/floods", extra: $" Reported by desk {n}."))
            .Append(Wire("Outlet 0", "https://outlet0.example/floods/?utm_medium=feed", lead: "An update with new figures came in the afternoon."))
            .ToArray();
        var results = await Task.WhenAll(copies.Select(c => Task.Run(() => Store.AddArticleAsync(c.Item1, c.Item2, Token), Token)));

        var created = Assert.Single(results, r => r.Created);
        Assert.All(results, r => Assert.Equal(created.Article.Id, r.Article.Id));
        Assert.Equal(6, (await Store.GetArticleSourcesAsync(created.Article.Id, Token)).Count);
        // Whichever of the two items at one address came second is that address's copy, not another source.
        Assert.Single(new[] { results[0], results[^1] }, r => r.MatchedBy == DuplicateMatch.Url);
    }

    [Fact]
    public async Task AddArticles_CopiesInOneBatch_SeeTheArticlesBeforeThem()
    {
        var stored = await AddAsync(Wire("Outlet A", "https://a.example/floods"));
        const string storm = "A storm tore roofs off houses along the coast on Tuesday, the mayor said. Power lines came down across three "
            + "districts and about forty thousand homes were without electricity by the evening. The port authority stopped all ferries, "
            + "and the coast guard rescued two fishermen whose boat had capsized near the harbour. Trees blocked the main road to the "
            + "airport for several hours, and the railway company cancelled trains on the coastal line until further notice.";
        (NewArticle, GeoparseResult) Storm(string outlet, string url, string text) =>
            (new NewArticle { Title = "Storm", Text = text, Source = outlet, Url = url }, new GeoparseResult(null, [], []));
        var batch = new[]
        {
            Wire("Outlet C", "https://c.example/floods", extra: " Updated at noon."),
            Storm("Outlet B", "https://b.example/storm", storm),
            Storm("Outlet D", "https://d.example/storm", storm.Replace("harbour", "port entrance", StringComparison.Ordinal) + " Our correspondent reports."),
            Storm("Outlet B", "https://b.example/storm?utm_medium=rss", "A wholly other text at the storm story's address."),
            Storm("Outlet E", "https://e.example/storm", storm),
        };

        var results = await Store.AddArticlesAsync([.. batch.Select(b => new ParsedArticle(b.Item1, b.Item2))], Token);

        Assert.Equal(
            [(false, DuplicateMatch.NearDuplicate, true), (true, null, false), (false, DuplicateMatch.NearDuplicate, true),
                (false, DuplicateMatch.Url, false), (false, DuplicateMatch.ContentHash, true)],
            results.Select(r => (r.Created, r.MatchedBy, r.SourceAdded)));
        Assert.Equal(stored.Article.Id, results[0].Article.Id);
        Assert.All(results.Skip(2), r => Assert.Equal(results[1].Article.Id, r.Article.Id));
        Assert.Equal(["Outlet A", "Outlet C"], (await Store.GetArticleSourcesAsync(stored.Article.Id, Token)).Select(s => s.Outlet));
        Assert.Equal(["https://b.example/storm", "https://d.example/storm", "https://e.example/storm"],
            (await Store.GetArticleSourcesAsync(results[1].Article.Id, Token)).Select(s => s.Url));
    }

    [Fact]
    public async Task AddArticle_AnotherStoryOnTheSameSubject_IsANewArticle()
    {
        await AddAsync(Wire("Outlet A", "https://a.example/floods"));
        var other = new NewArticle
        {
            Title = "Floods",
            Text = "The river burst its banks in the lower town on Monday after a night of rain, and hundreds of people had to "
                + "leave their homes. Officials closed two bridges. Schools stay closed. The weather service warned of more storms, "
                + "while the army helped move families to safety and volunteers handed out food and blankets at a sports hall. "
                + "Farmers in the valley said they had lost most of their crops, and the mayor asked the government for emergency aid.",
            Source = "Outlet B",
            Url = "https://b.example/own-reporting",
        };

        var result = await Store.AddArticleAsync(other, new GeoparseResult(null, [], []), Token);

        Assert.True(result.Created);
        Assert.Null(result.MatchedBy);
        Assert.Single(await Store.GetArticleSourcesAsync(result.Article.Id, Token));
    }

    [Fact]
    public async Task DeleteArticle_FreesItsAddressesAndText()
    {
        var first = await AddAsync(Wire("Outlet A", "https://a.example/floods"));
        await AddAsync(Wire("Outlet B", "https://b.example/floods", extra: " Updated."));
        await Store.DeleteArticleAsync(first.Article.Id, Token);

        var again = await AddAsync(Wire("Outlet B", "https://b.example/floods", extra: " Updated."));

        Assert.True(again.Created);
        Assert.Equal(["Outlet B"], (await Store.GetArticleSourcesAsync(again.Article.Id, Token)).Select(s => s.Outlet));
    }
}
