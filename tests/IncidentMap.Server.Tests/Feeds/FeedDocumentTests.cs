using System.Text;
using IncidentMap.Server.Feeds;

namespace IncidentMap.Server.Tests.Feeds;

public sealed class FeedDocumentTests
{
    private static readonly DateTimeOffset _published = new(2025, 9, 16, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Parse_Latin1DeclaredInTheXml_DecodesAccents()
    {
        var xml = FeedXml.Rss("Café", new Story("Frappe à Odessa", "https://news.example/a", _published, "<p>Texte</p>"))
            .Replace("encoding=\"utf-8\"", "encoding=\"iso-8859-1\"", StringComparison.Ordinal);

        var (title, items) = FeedDocument.Parse(Encoding.Latin1.GetBytes(xml), "application/rss+xml", "https://news.example/rss", 10);

        Assert.Equal("Café", title);
        Assert.Equal("Frappe à Odessa", Assert.Single(items).Title);
    }

    [Fact]
    public void Parse_RelativeLinksAndMissingIds_AreResolvedAgainstTheFeed()
    {
        var xml = """<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>A &amp; B</title><link>/world/a</link><description>&lt;p&gt;Summary&lt;/p&gt;</description></item></channel></rss>""";

        var item = Assert.Single(FeedDocument.Parse(Encoding.UTF8.GetBytes(xml), null, "https://news.example/feeds/rss", 10).Items);

        Assert.Equal("https://news.example/world/a", item.Link);
        Assert.Equal("https://news.example/world/a", item.Key);
        Assert.Equal("A & B", item.Title);
        Assert.Null(item.Published);
    }

    [Fact]
    public void Parse_JsonFeedThatIsNotAFeed_SaysSo()
    {
        var error = Assert.Throws<FeedFormatException>(() => FeedDocument.Parse(Encoding.UTF8.GetBytes("""{"title": "an API answer"}"""), "application/json", "https://news.example/api", 10));

        Assert.StartsWith("Not an RSS, Atom or JSON feed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EmptyBody_SaysItIsEmpty() =>
        Assert.Equal("The answer is empty, not a feed.", Assert.Throws<FeedFormatException>(() => FeedDocument.Parse([], FeedXml.RssType, "https://news.example/rss", 10)).Message);

    [Fact]
    public void Parse_MoreItemsThanTheCap_ReadsTheFirstOnes()
    {
        var stories = Enumerable.Range(0, 20).Select(i => new Story($"Story {i}", $"https://news.example/{i}", _published, "<p>x</p>")).ToArray();

        var (_, items) = FeedDocument.Parse(Encoding.UTF8.GetBytes(FeedXml.Rss("Many", stories)), FeedXml.RssType, "https://news.example/rss", 5);

        Assert.Equal(["Story 0", "Story 1", "Story 2", "Story 3", "Story 4"], items.Select(i => i.Title));
    }
}
