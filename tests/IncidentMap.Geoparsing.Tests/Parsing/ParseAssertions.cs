using IncidentMap.Geoparsing.Parsing;

namespace IncidentMap.Geoparsing.Tests.Parsing;

/// <summary>Short ways to parse a sentence with the test gazetteer and look at what came out.</summary>
internal static class ParseAssertions
{
    public static readonly DateOnly ArticleDate = new(2025, 9, 12);

    public static GeoparseResult Parse(string text) => TestGazetteer.Parser.Parse(text, ArticleDate);

    public static PlaceMention Mention(this GeoparseResult result, string text) =>
        Assert.Single(result.Places, p => p.Text == text);

    public static IEnumerable<string> Ids(this GeoparseResult result) => result.Places.Select(p => p.Place.Id);

    public static IEnumerable<string> PlaceIds(this GeoparseResult result, Incident incident) =>
        incident.Places.Select(i => result.Places[i].Place.Id);

    public static Incident Incident(this GeoparseResult result, string subtype) =>
        Assert.Single(result.Incidents, i => i.Subtype == subtype);

    /// <summary>The one incident of this subtype located at the place with this id.</summary>
    public static Incident Incident(this GeoparseResult result, string subtype, string placeId) =>
        Assert.Single(result.Incidents, i => i.Subtype == subtype && result.PlaceIds(i).Contains(placeId));
}
