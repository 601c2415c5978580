using IncidentMap.Server.Storage;

namespace IncidentMap.Server.Ogc;

/// <summary>The collections the OGC API serves, with their fixed metadata.</summary>
public static class OgcCollections
{
    public const string Crs84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";

    public static readonly IReadOnlyDictionary<string, (string Title, string Description)> All =
        new Dictionary<string, (string, string)>
        {
            ["incidents"] = ("Incidents", "Located, typed, dated incidents from news articles, as points."),
            ["areas"] = ("Areas", "Regions, seas, airspace and countries incidents are located at, with incident counts."),
            ["borders"] = ("Borders", "Land border lines between neighbouring countries."),
            ["events"] = ("Events", "Happenings, each once, with the number of published reports and their sources."),
        };

    public static IReadOnlyList<string> ConformsTo { get; } =
    [
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
    ];

    /// <summary>The store layer behind a collection.</summary>
    public static ExtentOf Layer(string id) => id switch
    {
        "incidents" => ExtentOf.Incidents,
        "areas" => ExtentOf.Areas,
        "events" => ExtentOf.Events,
        _ => ExtentOf.Borders,
    };

    /// <summary>A collection's metadata with the extent its data has now: the box of its geometries and the first and
    /// last incident dates (the whole world and an open interval while it holds nothing).</summary>
    public static CollectionDescription Describe(string id, string baseUrl, DataExtent data)
    {
        var (title, description) = All[id];
        double[] box = data.Box is { } b ? [b.MinX, b.MinY, b.MaxX, b.MaxY] : [-180, -90, 180, 90];
        static string? At(DateOnly? date, string time) =>
            date is { } day ? day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + time : null;
        var extent = new CollectionExtent(
            new SpatialExtent([box], Crs84),
            new TemporalExtent([[At(data.First, "T00:00:00Z"), At(data.Last, "T23:59:59Z")]], "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian"));
        List<OgcLink> links =
        [
            new OgcLink($"{baseUrl}/collections/{id}", "self", "application/json", title),
            new OgcLink($"{baseUrl}/collections/{id}/items", "items", "application/geo+json", title),
        ];
        // The incidents are offered in more formats (f=geojsonseq, csv, gpkg).
        if (id == "incidents")
        {
            links.AddRange(Downloads.DownloadFormat.All.Where(f => f != Downloads.DownloadFormat.GeoJson)
                .Select(f => new OgcLink($"{baseUrl}/collections/{id}/items?f={f.Name}", "items", f.MediaType, $"{title} ({f.Title})")));
        }
        return new CollectionDescription(id, title, description, extent, "feature", [Crs84], links);
    }
}
