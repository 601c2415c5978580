using IncidentMap.Server.Layers;
using IncidentMap.Server.Storage;

namespace IncidentMap.Server.Articles;

/// <summary>An ingested article with its incidents as a GeoJSON FeatureCollection (the incidents layer's features).</summary>
public sealed record ArticleResponse(
    long Id,
    string Title,
    DateTimeOffset? Published,
    string? Source,
    string? Url,
    string ContentHash,
    DateTimeOffset IngestedAt,
    bool Created,
    IncidentCollection Incidents)
{
    public static ArticleResponse From(StoredArticle a, IReadOnlyList<StoredIncident> incidents, bool created) =>
        new(a.Id, a.Title, a.Published, a.Source, a.Url, a.ContentHash, a.IngestedAt, created, new IncidentCollection(incidents));
}
