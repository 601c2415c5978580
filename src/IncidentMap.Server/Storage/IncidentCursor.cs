using System.Globalization;

namespace IncidentMap.Server.Storage;

/// <summary>
/// Where a page of incidents ended, in layer order (newest article first, then incident id): the next page starts
/// after it with an index range, so page 500 costs what page 1 costs. Written in links as <c>ARTICLE.INCIDENT</c>.
/// </summary>
public sealed record IncidentCursor(long ArticleId, long IncidentId)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{ArticleId}.{IncidentId}");

    public static IncidentCursor? TryParse(string text)
    {
        var parts = text.Split('.');
        return parts.Length == 2
            && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var article)
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var incident)
            ? new IncidentCursor(article, incident)
            : null;
    }

    /// <summary>Whether an incident comes after this cursor in layer order.</summary>
    public bool IsBefore(long articleId, long incidentId) =>
        articleId < ArticleId || (articleId == ArticleId && incidentId > IncidentId);
}
