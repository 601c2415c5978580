using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using IncidentMap.Geoparsing.Parsing;
using IncidentMap.Server.Articles;
using IncidentMap.Server.Storage;
using IncidentMap.Server.Tests.Api;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentMap.Server.Tests.ScaleOut;

/// <summary>Two server instances over one PostGIS database: a write anywhere reaches every instance's readers.</summary>
public sealed class SeveralInstancesTests(PostGisDatabase postGis)
{
    private const string _key = "instances-key-0123456789";
    private const string _layer = "/api/layers/incidents?limit=10000";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WriteThroughOneInstance_DropsTheOtherInstancesCachedReadsWithinASecond()
    {
        postGis.Require();
        var gazetteer = SharedGazetteer.Get();
        var database = await PostGisTemplate.CloneAsync(postGis, gazetteer, Ct);
        try
        {
            await using var writer = new ServerFactory(database, gazetteer, _key);
            await using var reader = new ServerFactory(database, gazetteer, _key);
            using var writes = writer.CreateClient();
            using var reads = reader.CreateClient();
            var before = await CountAsync(reads);
            Assert.True(before > 0, "the seed's incidents");
            Assert.Equal(before, await CountAsync(reads));

            using var post = new HttpRequestMessage(HttpMethod.Post, "/api/articles")
            {
                Content = new StringContent("date 2025-09-16\nRussian troops were deployed to the Grodno region on Tuesday.", Encoding.UTF8, "text/plain"),
            };
            post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _key);
            using var created = await writes.SendAsync(post, Ct);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);

            Assert.True(await SeesMoreWithinAsync(reads, before, TimeSpan.FromSeconds(1)), "the other instance still served its cached read after 1 s");
        }
        finally
        {
            await PostGisTemplate.DropAsync(database);
        }
    }

    [Fact]
    public async Task WriteFromTheCommandLinesStore_DropsAServersCachedReadsWithinASecond()
    {
        postGis.Require();
        var gazetteer = SharedGazetteer.Get();
        var database = await PostGisTemplate.CloneAsync(postGis, gazetteer, Ct);
        try
        {
            await using var server = new ServerFactory(database, gazetteer, _key);
            using var reads = server.CreateClient();
            var before = await CountAsync(reads);

            // The command line's ingest: the same store and ingest path, with no server in between.
            var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("ConnectionStrings:IncidentMap", database)]).Build();
            await using (var services = new ServiceCollection().AddLogging().AddIncidentStore(configuration).BuildServiceProvider())
            {
                var store = services.GetRequiredService<IIncidentStore>();
                await store.InitializeAsync(gazetteer, Ct);
                var result = await new ArticleIngest(store, new Geoparser(gazetteer)).IngestAsync(
                    new NewArticle { Title = "Kherson", Text = "Shelling hit the Kherson region on Monday, officials said.", Published = new DateTimeOffset(2025, 9, 15, 0, 0, 0, TimeSpan.Zero) }, Ct);
                Assert.True(result.Created);
                Assert.NotEmpty(result.Incidents);
            }

            Assert.True(await SeesMoreWithinAsync(reads, before, TimeSpan.FromSeconds(1)), "the server still served its cached read after 1 s");
        }
        finally
        {
            await PostGisTemplate.DropAsync(database);
        }
    }

    private static async Task<bool> SeesMoreWithinAsync(HttpClient reads, long before, TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < within)
        {
            if (await CountAsync(reads) > before) return true;
            await Task.Delay(25, Ct);
        }
        return false;
    }

    private static async Task<long> CountAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri(_layer, UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await Json.ReadAsync(response)).GetProperty("numberMatched").GetInt64();
    }
}
