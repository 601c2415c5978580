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

    /// <summary>Mercator's latitude limit: the page's map does not go further.</summary>
    public const double MaxLat = 85.0511;

    /// <summary>The incident types counted per cluster.</summary>
    public static IReadOnlyList<string> Types { get; } = [.. IncidentTypes.Subtypes.Keys];

    /// <summary>Cells across the world at a zoom.</summary>
    public static double Cells(int zoom) => 4 * Math.Pow(2, zoom);

    public static (long X, long Y) Cell(double lon, double lat, int zoom)
    {
        var n = Cells(zoom);
        var phi = double.DegreesToRadians(Math.Clamp(lat, -MaxLat, MaxLat));
        var y = (1 - Math.Log(Math.Tan(phi) + 1 / Math.Cos(phi)) / Math.PI) / 2;
        return ((long)Math.Floor((lon + 180) / 360 * n), (long)Math.Floor(y * n));
    }

    /// <summary>The same cell in SQL over <c>incidents i</c>, with the cell count as parameter <c>@cells</c>.</summary>
    public const string CellSql = """
        floor((ST_X(i.location) + 180) / 360 * @cells),
        floor((1 - ln(tan(radians(least(85.0511, greatest(-85.0511, ST_Y(i.location)))))
            + 1 / cos(radians(least(85.0511, greatest(-85.0511, ST_Y(i.location)))))) / pi()) / 2 * @cells)
        """;
}
