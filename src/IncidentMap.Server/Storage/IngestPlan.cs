using IncidentMap.Geoparsing.Parsing;
using IncidentMap.Geoparsing.Places;
using NetTopologySuite.Geometries;

namespace IncidentMap.Server.Storage;

/// <summary>
/// What an ingest writes, worked out once for both stores from the article and its parse: the incidents with their
/// places, countries and representative points, and the distinct places to store.
/// </summary>
internal sealed record IngestPlan(string ContentHash, IReadOnlyList<IncidentDraft> Incidents, IReadOnlyList<Place> Places)
{
    /// <summary>The article's address in canonical form, if it has one: a source with it is the same copy.</summary>
    public string? CanonicalUrl { get; init; }

    /// <summary>The text's MinHash signature; null for a text too short to match as a near-duplicate.</summary>
    public uint[]? Signature { get; init; }

    /// <summary>This copy of the article as a source.</summary>
    public required ArticleSource Source { get; init; }

    public static IngestPlan Create(NewArticle article, GeoparseResult parse)
    {
        var text = article.Text;
        var places = new Dictionary<string, Place>(StringComparer.Ordinal);
        var incidents = new List<IncidentDraft>(parse.Incidents.Count);
        foreach (var incident in parse.Incidents)
        {
            // Indices outside the mention list are the parser's bug, not the article's: skip them, keep the rest.
            var mentions = incident.Places.Where(i => i >= 0 && i < parse.Places.Count).Distinct().Select(i => parse.Places[i]).ToArray();
            foreach (var m in mentions) places.TryAdd(m.Place.Id, m.Place);
            var start = Math.Clamp(incident.Summary.Start, 0, text.Length);
            var end = Math.Clamp(incident.Summary.End, start, text.Length);
            var best = mentions.Select(m => m.Place).OrderBy(Precision).FirstOrDefault();
            incidents.Add(new IncidentDraft(
                incident,
                text[start..end],
                new TextSpan(start, end),
                mentions,
                [.. mentions.SelectMany(m => CountriesOf(m.Place)).Distinct().Order(StringComparer.Ordinal)],
                best?.Point));
        }
        return new IngestPlan(Storage.ContentHash.Of(text), incidents, [.. places.Values])
        {
            CanonicalUrl = Storage.CanonicalUrl.Of(article.Url),
            Signature = TextFingerprint.Of(text),
            Source = new ArticleSource(article.Source, article.Url, article.Title, article.Published?.ToUniversalTime(), DateTimeOffset.UtcNow),
        };
    }

    /// <summary>The article as either store writes it, before it has an id.</summary>
    public StoredArticle Article(NewArticle article) => new()
    {
        Id = 0,
        Title = article.Title,
        Text = article.Text,
        Published = article.Published?.ToUniversalTime(),
        Source = article.Source,
        Url = article.Url,
        ContentHash = ContentHash,
        IngestedAt = DateTimeOffset.UtcNow,
    };

    /// <summary>Lower is more precise: the representative point comes from the most precise place.</summary>
    public static int Precision(Place place) => Precision(place.Kind);

    /// <summary>Lower is more precise, by kind of place.</summary>
    public static int Precision(PlaceKind kind) => kind switch
    {
        PlaceKind.City => 0,
        PlaceKind.Admin2 => 1,
        PlaceKind.Admin1 => 2,
        PlaceKind.Border => 3,
        PlaceKind.Sea => 4,
        PlaceKind.Airspace => 5,
        PlaceKind.Country => 6,
        PlaceKind.Region => 7,
        _ => 8,
    };

    /// <summary>The alpha-3 codes a place counts for: its country, both countries of a border, itself for a country.</summary>
    public static IEnumerable<string> CountriesOf(Place place) => place.Kind switch
    {
        PlaceKind.Border => place.Neighbours,
        PlaceKind.Country or PlaceKind.Airspace => new[] { place.CountryCode ?? place.Code }.OfType<string>(),
        _ => new[] { place.CountryCode }.OfType<string>(),
    };

    /// <summary>The kinds shown as areas: the polygons incidents sit in.</summary>
    public static bool IsArea(PlaceKind kind) =>
        kind is PlaceKind.Country or PlaceKind.Admin1 or PlaceKind.Admin2 or PlaceKind.Sea or PlaceKind.Airspace
            or PlaceKind.Region or PlaceKind.Continent;
}

/// <summary>One incident as it will be written.</summary>
internal sealed record IncidentDraft(
    Incident Incident,
    string Summary,
    TextSpan SummarySpan,
    IReadOnlyList<PlaceMention> Mentions,
    IReadOnlyList<string> Countries,
    Point? Location);
