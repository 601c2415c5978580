using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Server.Storage;

/// <summary>The land border lines of a gazetteer, as both stores keep them.</summary>
internal static class BorderLines
{
    public static IEnumerable<BorderLine> From(Gazetteer gazetteer) =>
        gazetteer.OfKind(PlaceKind.Border).Select(border =>
        {
            var codes = CodesOf(border);
            return new BorderLine(
                border.Id,
                codes.A,
                gazetteer.FindCountry(codes.A)?.Name ?? codes.A,
                codes.B,
                gazetteer.FindCountry(codes.B)?.Name ?? codes.B,
                Geodesy.GeodesicLengthMetres(border.Geometry) / 1000,
                border.Geometry);
        });

    /// <summary>The two alpha-3 codes of a border, alphabetical, from its neighbours or its id (<c>border:BLR-POL</c>).</summary>
    private static (string A, string B) CodesOf(Place border)
    {
        var codes = border.Neighbours.Count == 2 ? [.. border.Neighbours] : border.Id["border:".Length..].Split('-');
        Array.Sort(codes, StringComparer.Ordinal);
        return (codes[0], codes[^1]);
    }
}
