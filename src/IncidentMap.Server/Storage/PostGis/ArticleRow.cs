namespace IncidentMap.Server.Storage.PostGis;

/// <summary>A row of <c>articles</c>.</summary>
public sealed class ArticleRow
{
    public long Id { get; set; }
    public required string Title { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset? Published { get; set; }
    public string? Source { get; set; }
    public string? Url { get; set; }
    public required string ContentHash { get; set; }
    public required DateTimeOffset IngestedAt { get; set; }
    public List<IncidentRow> Incidents { get; set; } = [];
}
