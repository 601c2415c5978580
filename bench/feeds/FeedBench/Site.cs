using System.Net;
using System.Security;
using System.Text;
using System.Text.Json;

namespace FeedBench;

/// <summary>The news sites of the corpus on one loopback Kestrel: feed i at <c>/feeds/i</c> (RSS, Atom or JSON Feed by
/// turns) with an ETag, and each summary-only story's page at its address.</summary>
public sealed class Site : IAsyncDisposable
{
    private readonly WebApplication _app;

    private Site(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    public static async Task<Site> StartAsync(Corpus corpus)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var site = new Site(app);
        // The documents carry absolute links, so they are rendered once the port is known; the routes come first.
        var documents = new (string Type, byte[] Body)[corpus.Feeds];
        var pages = corpus.Items.Where(i => i.SummaryOnly).ToDictionary(i => i.Url, i => Encoding.UTF8.GetBytes(Page(i)));
        app.MapGet("/feeds/{id:int}", async (int id, HttpContext context) =>
        {
            if (id < 0 || id >= documents.Length) return Results.NotFound();
            var (type, body) = documents[id];
            var etag = $"\"feed-{id}\"";
            if (context.Request.Headers.IfNoneMatch.ToString() == etag) return Results.StatusCode(304);
            context.Response.Headers.ETag = etag;
            await Task.CompletedTask;
            return Results.Bytes(body, type);
        });
        app.MapGet("/story/{id:int}", (HttpContext context) =>
            pages.TryGetValue(context.Request.Path.Value!, out var page) ? Results.Bytes(page, "text/html; charset=utf-8") : Results.NotFound());
        await app.StartAsync();
        site.BaseUrl = app.Urls.First();
        for (var f = 0; f < corpus.Feeds; f++) documents[f] = Document(f, [.. corpus.Items.Where(i => i.Feed == f)], site.BaseUrl);
        return site;
    }

    private static (string Type, byte[] Body) Document(int feed, List<Item> items, string baseUrl)
    {
        string X(string s) => SecurityElement.Escape(s);
        string Content(Item i) => i.SummaryOnly ? "" : string.Concat(i.Text.Split(". ").Select(p => $"<p>{p.TrimEnd('.')}.</p>"));
        string Summary(Item i) => i.Text[..(i.Text.IndexOf('.') + 1)];
        var outlet = $"Outlet {feed:000}";
        switch (feed % 3)
        {
            case 0:
                return ("application/rss+xml; charset=utf-8", Encoding.UTF8.GetBytes(
                    $"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>{outlet}</title>"
                    + string.Concat(items.Select(i => $"<item><title>{X(i.Title)}</title><link>{baseUrl}{X(i.Url)}</link><guid isPermaLink=\"false\">{i.Key}</guid>"
                        + $"<pubDate>{i.Published:R}</pubDate><description>{X(Summary(i))}</description>"
                        + (i.SummaryOnly ? "" : $"<content:encoded><![CDATA[{Content(i)}]]></content:encoded>") + "</item>"))
                    + "</channel></rss>"));
            case 1:
                return ("application/atom+xml; charset=utf-8", Encoding.UTF8.GetBytes(
                    $"<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>{outlet}</title><id>urn:{feed}</id><updated>2025-09-01T00:00:00Z</updated>"
                    + string.Concat(items.Select(i => $"<entry><title>{X(i.Title)}</title><link rel=\"alternate\" href=\"{baseUrl}{X(i.Url)}\"/><id>{i.Key}</id>"
                        + $"<published>{i.Published.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}</published><updated>{i.Published.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}</updated>"
                        + $"<summary>{X(Summary(i))}</summary>" + (i.SummaryOnly ? "" : $"<content type=\"html\">{X(Content(i))}</content>") + "</entry>"))
                    + "</feed>"));
            default:
                return ("application/feed+json", JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
                {
                    ["version"] = "https://jsonfeed.org/version/1.1",
                    ["title"] = outlet,
                    ["items"] = items.Select(i => new Dictionary<string, object?>
                    {
                        ["id"] = i.Key,
                        ["url"] = baseUrl + i.Url,
                        ["title"] = i.Title,
                        ["date_published"] = i.Published.ToString("yyyy-MM-dd'T'HH:mm:sszzz"),
                        ["summary"] = Summary(i),
                        ["content_html"] = i.SummaryOnly ? null : Content(i),
                    }).ToArray(),
                }));
        }
    }

    private static string Page(Item item) =>
        $"<!doctype html><html><head><title>{SecurityElement.Escape(item.Title)}</title></head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
        + $"<article><h1>{SecurityElement.Escape(item.Title)}</h1>{string.Concat(item.Text.Split(". ").Select(p => $"<p>{SecurityElement.Escape(p.TrimEnd('.'))}.</p>"))}</article>"
        + "<footer>Contact us. Privacy.</footer></body></html>";

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
