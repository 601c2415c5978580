using IncidentMap.Geoparsing.Parsing;

namespace IncidentMap.Server.Storage;

/// <summary>
/// The grid incidents are counted in at a map zoom: square cells of 64 screen pixels in Web Mercator (the page's
/// projection), four per 256-pixel tile, so a cluster covers the same screen area at every zoom. Both stores use these
/// formulas (PostGIS in SQL), so a cluster is the same set of incidents on either.
/// </summary>
public static class ClusterGrid
{
    public const int MaxZoom = 20;

    /// <summary>The zooms whose cells both stores keep counts for as incidents are written (the cell rollups): a
    /// view at zoom 4 or less sums zoom-4 cells, one up to zoom 8 sums zoom-8 cells; the rest of a view (its edge) is
    /// counted from the incidents themselves.</summary>
    public const int CoarseLevel = 4, FineLevel = 8;

    /// <summary>Mercator's latitude limit: the page's map does not go further.</summary>
    public const double MaxLat = 85.0511;

    /// <summary>The incident types counted per cluster.</summary>
    public static IReadOnlyList<string> Types { get; } = [.. IncidentTypes.Subtypes.Keys];

    /// <summary>Every subtype of every type.</summary>
    public static IReadOnlySet<string> Subtypes { get; } = IncidentTypes.Subtypes.Values.SelectMany(s => s).ToHashSet(StringComparer.Ordinal);

    /// <summary>Cells across the world at a zoom.</summary>
    public static double Cells(int zoom) => 4 * Math.Pow(2, zoom);

    public static (long X, long Y) Cell(double lon, double lat, int zoom)
    {
        var n = Cells(zoom);
        var phi = double.DegreesToRadians(Math.Clamp(lat, -MaxLat, MaxLat));
        var y = (1 - Math.Log(Math.Tan(phi) + 1 / Math.Cos(phi)) / Math.PI) / 2;
        return ((long)Math.Floor((lon + 180) / 360 * n), (long)Math.Floor(y * n));
    }

    /// <summary>The longitude of the western edge of column <paramref name="x"/>.</summary>
    public static double LonOf(long x, int zoom) => x * 360 / Cells(zoom) - 180;

    /// <summary>The latitude of the northern edge of row <paramref name="y"/>.</summary>
    public static double LatOf(long y, int zoom) => double.RadiansToDegrees(Math.Atan(Math.Sinh(Math.PI * (1 - 2 * y / Cells(zoom)))));

    /// <summary>The same cell in SQL over <c>incidents i</c>, with the cell count as parameter <c>@cells</c>.</summary>
    public const string CellSql = """
        floor((ST_X(i.location) + 180) / 360 * @cells),
        floor((1 - ln(tan(radians(least(85.0511, greatest(-85.0511, ST_Y(i.location)))))
            + 1 / cos(radians(least(85.0511, greatest(-85.0511, ST_Y(i.location)))))) / pi()) / 2 * @cells)
        """;
}
