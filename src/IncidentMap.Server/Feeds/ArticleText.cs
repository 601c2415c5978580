using System.Text;

namespace IncidentMap.Server.Feeds;

/// <summary>Plain text from the HTML of a feed item or an article page, with paragraphs kept as blank lines so the
/// geoparser sees sentence and paragraph ends.</summary>
public static class ArticleText
{
    private static readonly HashSet<string> _blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article",
        "header", "footer", "tr", "table", "pre", "figcaption", "hr", "dd", "dt",
    };

    private static readonly HashSet<string> _skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "svg", "head", "nav", "form", "button",
    };

    /// <summary>The text of an HTML fragment or document; text without markup comes back as it is, entities decoded.
    /// A single pass over the markup (a feed item's content is simple HTML, and this runs for every item): elements
    /// are dropped, block elements end a paragraph, scripts, styles and comments go with their content.</summary>
    public static string FromHtml(string html)
    {
        if (!html.Contains('<') && !html.Contains('&')) return Normalize(html);
        var text = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var open = html.IndexOf('<', i);
            if (open < 0)
            {
                text.Append(html, i, html.Length - i);
                break;
            }
            text.Append(html, i, open - i);
            if (html.AsSpan(open).StartsWith("<!--", StringComparison.Ordinal))
            {
                var end = html.IndexOf("-->", open + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }
            var close = html.IndexOf('>', open + 1);
            if (close < 0)
            {
                // A '<' that opens no tag is text.
                text.Append(html, open, html.Length - open);
                break;
            }
            var name = TagName(html.AsSpan(open + 1, close - open - 1));
            i = close + 1;
            if (name.Length == 0)
            {
                text.Append(html, open, close + 1 - open);
                continue;
            }
            var tag = name.ToString();
            if (_skipped.Contains(tag) && html[open + 1] != '/' && html[close - 1] != '/')
            {
                // Skip to the element's end tag, content included.
                var end = html.IndexOf("</" + tag, close + 1, StringComparison.OrdinalIgnoreCase);
                var after = end < 0 ? -1 : html.IndexOf('>', end);
                i = after < 0 ? html.Length : after + 1;
                continue;
            }
            if (_blocks.Contains(tag)) text.Append('\n');
        }
        return Normalize(System.Net.WebUtility.HtmlDecode(text.ToString()));
    }

    /// <summary>The article body of a whole page, found by SmartReader (a port of Mozilla's Readability); null when
    /// the page has no readable article. Nothing is fetched: the page is given.</summary>
    public static string? FromPage(string html, string url)
    {
        try
        {
            var article = new SmartReader.Reader(url, html).GetArticle();
            if (!article.IsReadable || string.IsNullOrWhiteSpace(article.Content)) return null;
            var text = FromHtml(article.Content);
            return text.Length == 0 ? null : text;
        }
        catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
        {
            // A page the reader cannot make sense of is a page without an article, not a failed poll.
            return null;
        }
    }

    /// <summary>The name of a tag from what lies between its angle brackets (<c>/p</c>, <c>br/</c>, <c>a href=...</c>),
    /// or empty when it is not a tag (a bare comparison such as "a &lt; b").</summary>
    private static ReadOnlySpan<char> TagName(ReadOnlySpan<char> inside)
    {
        if (inside.Length > 0 && inside[0] is '/' or '!' or '?') inside = inside[1..];
        var length = 0;
        while (length < inside.Length && (char.IsAsciiLetterOrDigit(inside[length]) || inside[length] == '-')) length++;
        return length > 0 && char.IsAsciiLetter(inside[0]) ? inside[..length] : [];
    }

    /// <summary>Runs of spaces become one space, lines are trimmed, and at most one blank line separates paragraphs.</summary>
    private static string Normalize(string text)
    {
        var result = new StringBuilder(text.Length);
        var blank = 0;
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = string.Join(' ', raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (line.Length == 0)
            {
                blank++;
                continue;
            }
            if (result.Length > 0) result.Append(blank > 0 ? "\n\n" : "\n");
            result.Append(line);
            blank = 0;
        }
        return result.ToString();
    }
}
