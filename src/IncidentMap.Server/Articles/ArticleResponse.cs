using IncidentMap.Server.Layers;
using IncidentMap.Server.Storage;

namespace IncidentMap.Server.Articles;

/// <summary>An ingested article with its incidents as a GeoJSON FeatureCollection (the incidents layer's features),
/// its published copies (<c>sources</c>), and for a duplicate how it matched the stored article.</summary>
public sealed record ArticleResponse(
    long Id,
    string Title,
    DateTimeOffset? Published,
    string? Source,
    string? Url,
    string ContentHash,
    DateTimeOffset IngestedAt,
    bool Created,
    IncidentCollection Incidents,
    IReadOnlyList<ArticleSource> Sources,
    string? MatchedBy,
    bool SourceAdded)
{
    public static ArticleResponse From(StoredArticle a, IReadOnlyList<StoredIncident> incidents, bool created, IReadOnlyList<ArticleSource> sources,
        DuplicateMatch? matchedBy = null, bool sourceAdded = false) =>
        new(a.Id, a.Title, a.Published, a.Source, a.Url, a.ContentHash, a.IngestedAt, created, new IncidentCollection(incidents), sources,
            matchedBy switch
            {
                DuplicateMatch.Url => "url",
                DuplicateMatch.ContentHash => "content_hash",
                DuplicateMatch.NearDuplicate => "near_duplicate",
                _ => null,
            },
            sourceAdded);
}
