using System.Text.Json;
using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Bench.Gazetteer;

/// <summary>
/// The gazetteer's ceiling on a gold corpus: the share of gold toponyms whose name it knows, and the share with
/// at least one candidate whose representative point lies within 161 km of the gold point. "Base" counts only
/// countries, admin-1, cities, seas, borders and airspace by name; "full" adds continents, macro-regions, admin-2,
/// abbreviations and demonyms.
/// </summary>
internal static class CoverageBench
{
    private static readonly HashSet<PlaceKind> _baseKinds =
        [PlaceKind.Country, PlaceKind.Admin1, PlaceKind.City, PlaceKind.Sea, PlaceKind.Border, PlaceKind.Airspace];

    public static int Run(string corpus)
    {
        var gazetteer = GazetteerStore.Load();
        int total = 0, baseKnown = 0, baseNear = 0, fullKnown = 0, fullNear = 0, fullNearOrInside = 0;
        var misses = new Dictionary<string, int>();
        var unknown = new Dictionary<string, int>();
        foreach (var line in File.ReadLines(corpus))
        {
            using var doc = JsonDocument.Parse(line);
            foreach (var t in doc.RootElement.GetProperty("toponyms").EnumerateArray())
            {
                var name = t.GetProperty("name").GetString()!;
                var (lat, lon) = (t.GetProperty("lat").GetDouble(), t.GetProperty("lon").GetDouble());
                total++;
                var byName = gazetteer.Lookup(name);
                var baseCandidates = byName.Where(p => _baseKinds.Contains(p.Kind)).ToArray();
                var full = byName.Concat(Extra(gazetteer, name)).ToArray();
                if (baseCandidates.Length > 0) baseKnown++;
                if (baseCandidates.Any(p => Near(p, lat, lon))) baseNear++;
                if (full.Length > 0) fullKnown++;
                else unknown[name] = unknown.GetValueOrDefault(name) + 1;
                if (full.Any(p => Near(p, lat, lon))) fullNear++;
                else misses[name] = misses.GetValueOrDefault(name) + 1;
                var gold = Geoparsing.GeometryFactories.Wgs84.CreatePoint(new NetTopologySuite.Geometries.Coordinate(lon, lat));
                if (full.Any(p => Near(p, lat, lon) || p.Kind != PlaceKind.City && p.Geometry.Contains(gold))) fullNearOrInside++;
            }
        }
        Console.WriteLine($"gold toponyms: {total}");
        Console.WriteLine($"base: name known {Pct(baseKnown, total)}, candidate within 161 km {Pct(baseNear, total)}");
        Console.WriteLine($"full: name known {Pct(fullKnown, total)}, candidate within 161 km {Pct(fullNear, total)}");
        Console.WriteLine($"full, counting an area candidate that contains the gold point: {Pct(fullNearOrInside, total)}");
        Console.WriteLine("most frequent unknown names: " +
            string.Join(", ", unknown.OrderByDescending(kv => kv.Value).Take(40).Select(kv => $"{kv.Key} ×{kv.Value}")));
        Console.WriteLine("most frequent misses (no candidate within 161 km): " +
            string.Join(", ", misses.OrderByDescending(kv => kv.Value).Take(40).Select(kv => $"{kv.Key} ×{kv.Value}")));
        return 0;
    }

    /// <summary>What a geoparser may also resolve a name to: an abbreviation, or a demonym's country or region.</summary>
    private static IEnumerable<Place> Extra(Geoparsing.Places.Gazetteer gazetteer, string name)
    {
        foreach (var p in gazetteer.LookupAbbreviation(name)) yield return p;
        if (gazetteer.FindCountryByDemonym(name) is { } country) yield return country;
        foreach (var p in gazetteer.FindByDemonym(name)) yield return p;
    }

    private static bool Near(Place p, double lat, double lon) => Geodesy.DistanceKm(p.Lat, p.Lon, lat, lon) <= 161;

    private static string Pct(int n, int total) => $"{100.0 * n / total:0.0} % ({n})";
}
