using IncidentMap.Geoparsing.Sources;
using NetTopologySuite.Geometries;
using NetTopologySuite.LinearReferencing;
using NetTopologySuite.Operation.Linemerge;

namespace IncidentMap.Geoparsing.Places;

/// <summary>Border entries: one merged line per pair of neighbouring countries from the Natural Earth land boundaries,
/// named in the ways news writes them ("Poland–Belarus border", "Polish-Belarusian border").</summary>
internal static class BorderPlaces
{
    public static List<Place> Build(IEnumerable<NaturalEarthBoundaryLine> lines, IReadOnlyDictionary<string, Place> countries)
    {
        var result = new List<Place>();
        foreach (var group in lines.Where(l => l.Left != l.Right).GroupBy(l => Gazetteer.BorderId(l.Left, l.Right)))
        {
            var first = group.First();
            var (a, b) = string.CompareOrdinal(first.Left, first.Right) <= 0 ? (first.Left, first.Right) : (first.Right, first.Left);
            var merger = new LineMerger();
            foreach (var l in group) merger.Add(l.Geometry);
            var merged = merger.GetMergedLineStrings().OfType<LineString>().ToArray();
            Geometry geometry = GeometryFactories.Wgs84.CreateMultiLineString(merged);
            var longest = merged.MaxBy(l => l.Length)!;
            var mid = new LengthIndexedLine(longest).ExtractPoint(longest.Length / 2);
            var ca = countries.GetValueOrDefault(a);
            var cb = countries.GetValueOrDefault(b);
            result.Add(new Place(geometry)
            {
                Id = group.Key,
                Kind = PlaceKind.Border,
                Name = $"{ca?.Name ?? a}–{cb?.Name ?? b} border",
                Names = [.. Names(ca, cb, a, b)],
                Code = $"{a}-{b}",
                Type = first.FeatureClass,
                Lat = mid.Y,
                Lon = mid.X,
                Neighbours = [a, b],
            });
        }
        return result;
    }

    private static IEnumerable<string> Names(Place? ca, Place? cb, string a, string b)
    {
        var names = new NameList();
        var na = ca?.Name ?? a;
        var nb = cb?.Name ?? b;
        names.Add($"{na}–{nb} border").Add($"{nb}–{na} border").Add($"{na}-{nb} border").Add($"{nb}-{na} border");
        names.Add($"border between {na} and {nb}").Add($"border between {nb} and {na}");
        foreach (var da in ca?.Demonyms ?? [])
        {
            foreach (var db in cb?.Demonyms ?? [])
            {
                names.Add($"{da}-{db} border").Add($"{db}-{da} border");
            }
        }
        return names.ToArray();
    }
}
