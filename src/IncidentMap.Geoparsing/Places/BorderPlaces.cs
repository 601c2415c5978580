using IncidentMap.Geoparsing.Sources;
using NetTopologySuite.Geometries;
using NetTopologySuite.LinearReferencing;
using NetTopologySuite.Operation.Linemerge;
using NetTopologySuite.Operation.OverlayNG;

namespace IncidentMap.Geoparsing.Places;

/// <summary>
/// Border entries: one merged line per pair of neighbouring countries, named in the ways news writes them
/// ("Poland–Belarus border", "Polish-Belarusian border"). The line is the edge the two countries' 1:10m outlines
/// share; Natural Earth's boundary-line file misses stretches (the Bug river between Poland and Belarus), so it
/// serves where it is longer or where the outlines do not meet exactly.
/// </summary>
internal static class BorderPlaces
{
    public static List<Place> Build(IEnumerable<NaturalEarthBoundaryLine> lines, IReadOnlyDictionary<string, Place> countries)
    {
        var fromLines = lines.Where(l => l.Left != l.Right).GroupBy(l => Gazetteer.BorderId(l.Left, l.Right))
            .ToDictionary(g => g.Key, g => Merge(g.Select(l => l.Geometry)));
        var pairs = new SortedSet<string>(fromLines.Keys, StringComparer.Ordinal);
        foreach (var c in countries.Values)
        {
            foreach (var n in c.Neighbours) if (countries.ContainsKey(n)) pairs.Add(Gazetteer.BorderId(c.Code!, n));
        }
        var ids = pairs.ToArray();
        var result = new Place?[ids.Length];
        Parallel.For(0, ids.Length, i =>
        {
            var (a, b) = (ids[i][7..10], ids[i][11..]);
            var ca = countries.GetValueOrDefault(a);
            var cb = countries.GetValueOrDefault(b);
            // "Baykonur Cosmodrome – Kazakhstan" is a lease line, not a border between countries.
            if (ca?.Type == CountryPlaces.TerritoryType || cb?.Type == CountryPlaces.TerritoryType) return;
            var shared = ca is not null && cb is not null ? SharedEdge(ca.Geometry, cb.Geometry) : null;
            var line = fromLines.GetValueOrDefault(ids[i]);
            var geometry = shared is null ? line : line is null || Geodesy.LengthKm(shared) >= Geodesy.LengthKm(line) ? shared : line;
            if (geometry is null || geometry.IsEmpty) return;
            result[i] = Make(ids[i], a, b, ca, cb, geometry);
        });
        return [.. result.OfType<Place>()];
    }

    internal const double EdgeToleranceDegrees = 0.002;

    /// <summary>The line two polygonal outlines share, or null when they do not touch along a line.</summary>
    internal static MultiLineString? SharedEdge(Geometry a, Geometry b)
    {
        if (a is not (Polygon or MultiPolygon) || b is not (Polygon or MultiPolygon)) return null;
        var env = a.EnvelopeInternal.Intersection(b.EnvelopeInternal);
        if (env.IsNull) return null;
        env.ExpandBy(0.01);
        var window = GeometryFactories.Wgs84.ToGeometry(env);
        var ba = OverlayNGRobust.Overlay(a.Boundary, window, NetTopologySuite.Operation.Overlay.SpatialFunction.Intersection);
        var bb = OverlayNGRobust.Overlay(b.Boundary, window, NetTopologySuite.Operation.Overlay.SpatialFunction.Intersection);
        if (ba.IsEmpty || bb.IsEmpty) return null;
        // The outlines follow the same vertices, but not always the same segments (one may carry extra vertices):
        // the border is the part of one outline that runs within about 200 m of the other.
        var near = bb.Buffer(EdgeToleranceDegrees, 2);
        var shared = OverlayNGRobust.Overlay(ba, near, NetTopologySuite.Operation.Overlay.SpatialFunction.Intersection);
        var parts = Enumerable.Range(0, shared.NumGeometries).Select(shared.GetGeometryN).OfType<LineString>().ToArray();
        return parts.Length == 0 ? null : Merge(parts);
    }

    private static MultiLineString Merge(IEnumerable<Geometry> lines)
    {
        var merger = new LineMerger();
        foreach (var l in lines) merger.Add(l);
        return GeometryFactories.Wgs84.CreateMultiLineString([.. merger.GetMergedLineStrings().OfType<LineString>()]);
    }

    private static Place Make(string id, string a, string b, Place? ca, Place? cb, MultiLineString geometry)
    {
        var longest = geometry.Geometries.Cast<LineString>().MaxBy(l => l.Length)!;
        var mid = new LengthIndexedLine(longest).ExtractPoint(longest.Length / 2);
        return new Place(geometry)
        {
            Id = id,
            Kind = PlaceKind.Border,
            Name = $"{ca?.Name ?? a}–{cb?.Name ?? b} border",
            Names = Names(ca, cb, a, b),
            Code = $"{a}-{b}",
            Type = "land border",
            Lat = mid.Y,
            Lon = mid.X,
            Neighbours = [a, b],
        };
    }

    private static string[] Names(Place? ca, Place? cb, string a, string b)
    {
        var names = new NameList();
        var na = ca?.Name ?? a;
        var nb = cb?.Name ?? b;
        names.Add($"{na}–{nb} border").Add($"{nb}–{na} border");
        names.Add($"border between {na} and {nb}").Add($"border between {nb} and {na}");
        foreach (var da in ca?.Demonyms ?? [])
        {
            foreach (var db in cb?.Demonyms ?? []) names.Add($"{da}-{db} border").Add($"{db}-{da} border");
        }
        return names.ToArray();
    }
}
