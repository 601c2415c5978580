using System.Security;
using System.Text.Json;

namespace IncidentMap.Server.Tests.Feeds;

/// <summary>A story as a feed carries it.</summary>
public sealed record Story(string Title, string Link, DateTimeOffset Published, string? Content, string? Summary = null, string? Id = null);

/// <summary>RSS 2.0, Atom 1.0 and JSON Feed documents for the feed server.</summary>
public static class FeedXml
{
    public const string RssType = "application/rss+xml; charset=utf-8";
    public const string AtomType = "application/atom+xml; charset=utf-8";
    public const string JsonType = "application/feed+json";

    public static string Rss(string title, params Story[] stories) =>
        $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel><title>{X(title)}</title><link>https://news.example/</link><description>News</description>
        {string.Concat(stories.Select(s => $"""
            <item><title>{X(s.Title)}</title><link>{X(s.Link)}</link><guid isPermaLink="false">{X(s.Id ?? s.Link)}</guid>
            <pubDate>{s.Published.ToUniversalTime():R}</pubDate>
            {(s.Summary is null ? "" : $"<description>{X(s.Summary)}</description>")}
            {(s.Content is null ? "" : $"<content:encoded><![CDATA[{s.Content}]]></content:encoded>")}</item>
            """))}
        </channel></rss>
        """;

    public static string Atom(string title, params Story[] stories) =>
        $"""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>{X(title)}</title><id>urn:test:{X(title)}</id><updated>2025-09-16T00:00:00Z</updated>
        {string.Concat(stories.Select(s => $"""
            <entry><title>{X(s.Title)}</title><link rel="alternate" href="{X(s.Link)}"/><id>{X(s.Id ?? s.Link)}</id>
            <published>{s.Published.ToUniversalTime():yyyy-MM-dd'T'HH:mm:ss'Z'}</published><updated>{s.Published.ToUniversalTime():yyyy-MM-dd'T'HH:mm:ss'Z'}</updated>
            {(s.Summary is null ? "" : $"<summary>{X(s.Summary)}</summary>")}
            {(s.Content is null ? "" : $"<content type=\"html\">{X(s.Content)}</content>")}</entry>
            """))}
        </feed>
        """;

    public static string Json(string title, params Story[] stories) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["version"] = "https://jsonfeed.org/version/1.1",
        ["title"] = title,
        ["items"] = stories.Select(s => new Dictionary<string, object?>
        {
            ["id"] = s.Id ?? s.Link,
            ["url"] = s.Link,
            ["title"] = s.Title,
            ["date_published"] = s.Published.ToString("yyyy-MM-dd'T'HH:mm:sszzz"),
            ["summary"] = s.Summary,
            ["content_html"] = s.Content,
        }).ToArray(),
    });

    private static string X(string text) => SecurityElement.Escape(text);
}
