using System.Globalization;
using System.Text.RegularExpressions;
using IncidentMap.Server.Storage;

namespace IncidentMap.Server.Articles;

/// <summary>An article posted as plain text: an optional leading <c>date YYYY-MM-DD</c> line (or prefix, as in the
/// seed; a date outside <see cref="PublicationDate"/>'s window is refused), then the text. The title is the first sentence, shortened.</summary>
public static partial class PlainTextArticle
{
    private const int _maxTitle = 120;

    public static NewArticle Parse(string text, string? title = null, string? source = null, string? url = null)
    {
        var match = DateLine().Match(text);
        DateTimeOffset? published = null;
        var body = text;
        if (match.Success && DateOnly.TryParseExact(match.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            published = PublicationDate.Check(new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), "published", " (the leading date line)");
            body = text[match.Length..];
        }
        return new NewArticle
        {
            Title = string.IsNullOrWhiteSpace(title) ? FirstSentence(body) : title.Trim(),
            Text = text,
            Published = published,
            Source = source,
            Url = url,
        };
    }

    private static string FirstSentence(string body)
    {
        var trimmed = body.TrimStart();
        var end = SentenceEnd().Match(trimmed);
        var sentence = (end.Success ? trimmed[..(end.Index + 1)] : trimmed).ReplaceLineEndings(" ").Trim();
        if (sentence.Length == 0) return "Untitled article";
        return sentence.Length <= _maxTitle ? sentence : sentence[..(_maxTitle - 1)].TrimEnd() + "…";
    }

    [GeneratedRegex(@"^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*\r?\n?", RegexOptions.IgnoreCase)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"[.!?](\s|$)|\n")]
    private static partial Regex SentenceEnd();
}
