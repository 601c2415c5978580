using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

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

    /// <summary>The text of an HTML fragment or document; text without markup comes back as it is, entities decoded.</summary>
    public static string FromHtml(string html)
    {
        if (!html.Contains('<') && !html.Contains('&')) return Normalize(html);
        var document = new HtmlParser().ParseDocument(html);
        var text = new StringBuilder(html.Length / 2);
        Append(document.Body ?? (INode)document.DocumentElement, text);
        return Normalize(text.ToString());
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

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText t)
            {
                text.Append(t.Data);
                continue;
            }
            if (child is not IElement element || _skipped.Contains(element.LocalName)) continue;
            var block = _blocks.Contains(element.LocalName);
            if (block) text.Append('\n');
            Append(element, text);
            if (block) text.Append('\n');
        }
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
