namespace IncidentMap.Server.Ogc;

/// <summary>The three collections the OGC API serves, with their fixed metadata.</summary>
public static class OgcCollections
{
    public const string Crs84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";

    public static readonly IReadOnlyDictionary<string, (string Title, string Description)> All =
        new Dictionary<string, (string, string)>
        {
            ["incidents"] = ("Incidents", "Located, typed, dated incidents from news articles, as points."),
            ["areas"] = ("Areas", "Regions, seas, airspace and countries incidents are located at, with incident counts."),
            ["borders"] = ("Borders", "Land border lines between neighbouring countries."),
        };

    public static IReadOnlyList<string> ConformsTo { get; } =
    [
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
    ];

    public static CollectionDescription Describe(string id, string baseUrl)
    {
        var (title, description) = All[id];
        var extent = new CollectionExtent(
            new SpatialExtent([[-180, -90, 180, 90]], Crs84),
            new TemporalExtent([[null, null]], "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian"));
        return new CollectionDescription(id, title, description, extent, "feature", [Crs84],
        [
            new OgcLink($"{baseUrl}/collections/{id}", "self", "application/json", title),
            new OgcLink($"{baseUrl}/collections/{id}/items", "items", "application/geo+json", title),
        ]);
    }
}
