using System.Text;
using IncidentMap.Geoparsing;
using IncidentMap.Geoparsing.Parsing;
using IncidentMap.Geoparsing.Places;
using IncidentMap.Server.Storage;
using NetTopologySuite.IO;

namespace IncidentMap.Server.Tests.Storage;

/// <summary>A tiny hand-built gazetteer around the Polish–Belarusian border, and articles parsed by hand against it.</summary>
internal static class StoreTestData
{
    private static readonly WKTReader _wkt = new(GeometryFactories.Wgs84.GeometryServices);

    public static Gazetteer Gazetteer { get; } = new(
    [
        Country("POL", "PL", "Poland", "POLYGON ((14.1 49.0, 24.1 49.0, 23.6 52.1, 23.9 52.7, 23.5 53.9, 22.8 54.4, 14.2 54.4, 14.1 49.0))", 52.1, 19.4, ["BLR"]),
        Country("BLR", "BY", "Belarus", "POLYGON ((23.6 52.1, 31.8 52.0, 30.8 55.9, 26.6 55.7, 23.5 53.9, 23.9 52.7, 23.6 52.1))", 53.7, 28.0, ["POL"]),
        Country("UKR", "UA", "Ukraine", "POLYGON ((22.1 48.4, 40.2 48.4, 40.2 52.3, 31.8 52.0, 23.6 51.5, 22.1 48.4))", 49.0, 31.4, []),
        Place("border:BLR-POL", PlaceKind.Border, "Belarus–Poland border", "BLR-POL", null, "LINESTRING (23.6 52.1, 23.9 52.7, 23.5 53.9)", 52.9, 23.8, ["BLR", "POL"]),
        Place("admin1:BY-HR", PlaceKind.Admin1, "Grodno", "BY-HR", "BLR", "POLYGON ((23.5 53.9, 23.9 52.7, 26.0 53.0, 26.8 54.3, 24.5 54.3, 23.5 53.9))", 53.6, 25.0),
        Place("admin1:UA-12", PlaceKind.Admin1, "Dnipropetrovsk", "UA-12", "UKR", "POLYGON ((33.2 47.5, 36.3 47.5, 36.3 49.2, 33.2 49.2, 33.2 47.5))", 48.4, 34.9),
        Place("airspace:POL", PlaceKind.Airspace, "Polish airspace", "POL", "POL", "POLYGON ((14.0 48.9, 24.1 48.9, 23.6 52.1, 23.9 52.7, 23.5 53.9, 22.8 54.6, 14.0 54.6, 14.0 48.9))", 52.1, 19.4),
        Place("sea:Baltic Sea", PlaceKind.Sea, "Baltic Sea", "Baltic Sea", null, "POLYGON ((14.0 54.5, 21.0 54.5, 21.0 59.0, 14.0 59.0, 14.0 54.5))", 56.5, 18.0),
        Place("city:776069", PlaceKind.City, "Biała Podlaska", "776069", "POL", "POINT (23.1166 52.0324)", 52.0324, 23.1166),
        Place("city:756135", PlaceKind.City, "Warsaw", "756135", "POL", "POINT (21.0118 52.2298)", 52.2298, 21.0118),
    ]);

    /// <summary>Five incidents: near the border, in the Grodno region, in the Dnipropetrovsk region, in Polish airspace,
    /// and talks with no place anywhere (in the article's record, on no map layer: the layers hold the other four).</summary>
    public static (NewArticle Article, GeoparseResult Parse) Seed(string suffix = "") => Build("Drones and drills", new DateOnly(2025, 9, 12), suffix,
        ("Troops were deployed near Biała Podlaska on Friday.", "Biała Podlaska", "city:776069", IncidentTypes.StrategicDevelopments, "troop_deployment", new DateOnly(2025, 9, 12), 2),
        ("Zapad drills began in Belarus's Grodno region.", "Grodno region", "admin1:BY-HR", IncidentTypes.StrategicDevelopments, "military_exercise", new DateOnly(2025, 9, 12), 2),
        ("Russia captured a settlement in the Dnipropetrovsk region.", "Dnipropetrovsk region", "admin1:UA-12", IncidentTypes.Battles, "territory_captured", new DateOnly(2025, 9, 10), 2),
        ("Drones entered Polish airspace on Wednesday.", "Polish airspace", "airspace:POL", IncidentTypes.AirspaceIncidents, "airspace_violation", new DateOnly(2025, 9, 10), 3),
        ("Talks were held about a nuclear plant.", null, null, IncidentTypes.StrategicDevelopments, "diplomatic_talks", null, null));

    /// <summary>Two incidents: a drone shot down over Warsaw, naval drills in the Baltic Sea.</summary>
    public static (NewArticle Article, GeoparseResult Parse) Second() => Build("Shot down", new DateOnly(2025, 10, 2), "",
        ("A drone was shot down over Warsaw.", "Warsaw", "city:756135", IncidentTypes.AirspaceIncidents, "drone_shot_down", new DateOnly(2025, 10, 1), 1),
        ("Ships drilled in the Baltic Sea.", "Baltic Sea", "sea:Baltic Sea", IncidentTypes.StrategicDevelopments, "naval_deployment", new DateOnly(2025, 10, 2), 3));

    /// <summary>
    /// Two incidents whose sentences name no place: a protest the parser put at the article's focus country (Poland,
    /// geo precision 4: "from the article, not the sentence"), and talks it could place nowhere (kept unlocated).
    /// </summary>
    public static (NewArticle Article, GeoparseResult Parse) Unrest()
    {
        const string text = "Poland braces for more unrest. Police dispersed the protesters on Sunday. Talks about the strike were held on Monday.";
        var published = new DateOnly(2025, 10, 7);
        var poland = new PlaceMention(0, 6, "Poland", Gazetteer.Get("country:POL")!, MentionRole.Location, 0.9);
        static TextSpan Span(string sentence) => new(text.IndexOf(sentence, StringComparison.Ordinal), text.IndexOf(sentence, StringComparison.Ordinal) + sentence.Length);
        Incident[] incidents =
        [
            new(IncidentTypes.ProtestsRiots, "protest_with_intervention", new DateOnly(2025, 10, 5), DatePrecision.Day, [0], 4,
                Span("Police dispersed the protesters on Sunday."), []),
            new(IncidentTypes.StrategicDevelopments, "diplomatic_talks", new DateOnly(2025, 10, 6), DatePrecision.Day, [], null,
                Span("Talks about the strike were held on Monday."), []),
        ];
        var article = new NewArticle
        {
            Title = "Unrest",
            Text = text,
            Published = published.ToDateTime(new TimeOnly(8, 0), DateTimeKind.Utc),
            Source = "Test Wire",
            Url = "https://example.org/unrest",
        };
        return (article, new GeoparseResult(published, [poland], incidents));
    }

    private static (NewArticle, GeoparseResult) Build(
        string title, DateOnly published, string suffix,
        params (string Sentence, string? Mention, string? PlaceId, string Type, string Subtype, DateOnly? Date, int? Geo)[] events)
    {
        var text = new StringBuilder();
        var places = new List<PlaceMention>();
        var incidents = new List<Incident>();
        foreach (var e in events)
        {
            var start = text.Length;
            text.Append(e.Sentence).Append(' ');
            var indices = new List<int>();
            if (e.Mention is not null)
            {
                var at = start + e.Sentence.IndexOf(e.Mention, StringComparison.Ordinal);
                places.Add(new PlaceMention(at, at + e.Mention.Length, e.Mention, Gazetteer.Get(e.PlaceId!)!, MentionRole.Location, 0.9));
                indices.Add(places.Count - 1);
            }
            incidents.Add(new Incident(e.Type, e.Subtype, e.Date, DatePrecision.Day, indices, e.Geo,
                new TextSpan(start, start + e.Sentence.Length), ["Russia"]));
        }
        text.Append(suffix);
        var article = new NewArticle
        {
            Title = title + suffix,
            Text = text.ToString(),
            Published = published.ToDateTime(new TimeOnly(8, 0), DateTimeKind.Utc),
            Source = "Test Wire",
            Url = "https://example.org/" + Uri.EscapeDataString(title + suffix),
        };
        return (article, new GeoparseResult(published, places, incidents));
    }

    private static Place Country(string code, string alpha2, string name, string wkt, double lat, double lon, string[] neighbours) =>
        new(_wkt.Read(wkt))
        {
            Id = "country:" + code,
            Kind = PlaceKind.Country,
            Name = name,
            Names = [name],
            Code = code,
            Alpha2 = alpha2,
            CountryCode = code,
            Lat = lat,
            Lon = lon,
            Neighbours = neighbours,
        };

    private static Place Place(string id, PlaceKind kind, string name, string? code, string? country, string wkt, double lat, double lon, string[]? neighbours = null) =>
        new(_wkt.Read(wkt))
        {
            Id = id,
            Kind = kind,
            Name = name,
            Names = [name],
            Code = code,
            CountryCode = country,
            Lat = lat,
            Lon = lon,
            Neighbours = neighbours ?? [],
        };
}
