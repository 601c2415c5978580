using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using CodeHollow.FeedReader;

namespace IncidentMap.Server.Feeds;

/// <summary>
/// Reads a fetched feed (RSS 2.0, Atom 1.0 or JSON Feed, with CodeHollow.FeedReader) into its title and items.
/// The bytes are decoded strictly in their declared encoding, so broken text is an error rather than a page of
/// replacement characters; an HTML page is named as such, with the feeds it links to.
/// </summary>
public static partial class FeedDocument
{
    static FeedDocument() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static (string? Title, IReadOnlyList<FeedEntry> Items) Parse(byte[] body, string? contentType, string feedUrl, int maxItems)
    {
        var text = Decode(body, contentType);
        var start = text.TrimStart();
        if (start.Length == 0) throw new FeedFormatException("The answer is empty, not a feed.");
        if (HtmlStart().IsMatch(start) || (contentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true && !start.StartsWith("<?xml", StringComparison.Ordinal)))
            throw new FeedFormatException(HtmlMessage(text));
        Feed feed;
        try
        {
            feed = FeedReader.ReadFromString(text);
        }
        catch (XmlException e)
        {
            throw new FeedFormatException($"Not a well-formed feed: {e.Message}");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new FeedFormatException($"Not an RSS, Atom or JSON feed: {e.Message}");
        }
        if (feed.Type == FeedType.Unknown) throw new FeedFormatException("Not an RSS, Atom or JSON feed: the document's type is unknown.");
        var baseUri = new Uri(feedUrl);
        var items = feed.Items.Take(maxItems).Select(i => Entry(i, baseUri)).ToList();
        return (Clean(feed.Title), items);
    }

    /// <summary>The text of the body: by its byte-order mark, else the Content-Type charset, else the XML
    /// declaration, else UTF-8; bytes invalid in that encoding are an error.</summary>
    public static string Decode(byte[] body, string? contentType)
    {
        var encoding = FromBom(body, out var skip) ?? Named(Charset(contentType)) ?? Named(XmlDeclaredEncoding(body)) ?? Encoding.UTF8;
        var strict = Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        try
        {
            return strict.GetString(body, skip, body.Length - skip);
        }
        catch (DecoderFallbackException e)
        {
            var bytes = e.BytesUnknown is { Length: > 0 } unknown ? string.Join(' ', unknown.Select(b => $"0x{b:X2}")) : "?";
            throw new FeedFormatException($"The feed is not valid {encoding.WebName} text (bytes {bytes} near offset {skip + Math.Max(e.Index, 0)}).");
        }
    }

    private static FeedEntry Entry(FeedItem item, Uri baseUri)
    {
        var link = item.Link is { Length: > 0 } l && Uri.TryCreate(baseUri, l.Trim(), out var absolute) && absolute.Scheme is "http" or "https"
            ? absolute.AbsoluteUri
            : null;
        var content = Blank(item.Content);
        var summary = Blank(item.Description);
        var key = Blank(item.Id)?.Trim() ?? link ?? Hash($"{item.Title}\n{summary ?? content}");
        if (key.Length > 400) key = Hash(key);
        DateTimeOffset? published = item.PublishingDate is { } date ? new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Utc)) : null;
        return new FeedEntry(key, link, Clean(item.Title), published, content, summary);
    }

    private static string HtmlMessage(string html)
    {
        var links = FeedReader.ParseFeedUrlsFromHtml(html).Select(l => l.Url).Where(u => !string.IsNullOrWhiteSpace(u)).Take(3).ToList();
        return links.Count == 0
            ? "The address serves an HTML page, not a feed."
            : $"The address serves an HTML page, not a feed; the page links to {string.Join(", ", links)}.";
    }

    private static Encoding? FromBom(byte[] body, out int skip)
    {
        skip = 0;
        if (body is [0xEF, 0xBB, 0xBF, ..]) { skip = 3; return Encoding.UTF8; }
        if (body is [0xFF, 0xFE, ..]) { skip = 2; return Encoding.Unicode; }
        if (body is [0xFE, 0xFF, ..]) { skip = 2; return Encoding.BigEndianUnicode; }
        return null;
    }

    private static string? Charset(string? contentType) =>
        contentType is not null && System.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media) ? media.CharSet?.Trim('"') : null;

    private static string? XmlDeclaredEncoding(byte[] body)
    {
        var head = Encoding.ASCII.GetString(body, 0, Math.Min(body.Length, 200));
        var match = XmlEncoding().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static Encoding? Named(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            throw new FeedFormatException($"The feed declares the encoding '{name}', which is not supported.");
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : ArticleText.FromHtml(value).ReplaceLineEndings(" ").Trim() is { Length: > 0 } t ? t : null;

    private static string Hash(string text) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    [GeneratedRegex(@"^(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex HtmlStart();

    [GeneratedRegex(@"^<\?xml[^>]*encoding\s*=\s*[""']([A-Za-z0-9._:-]+)[""']")]
    private static partial Regex XmlEncoding();
}
