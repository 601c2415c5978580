using IncidentMap.Geoparsing.Sources;
using NetTopologySuite.Geometries;

namespace IncidentMap.Geoparsing.Places;

/// <summary>
/// Second-level divisions (counties, districts) from the GeoNames admin-2 names: GeoNames gives no outline, so each
/// is located at the population-weighted centre of the cities500 places that carry its code and bounded by their
/// extent. Divisions with no such city cannot be located and are left out.
/// </summary>
internal static class Admin2Places
{
    public static List<Place> Build(
        IReadOnlyList<GeoNamesCity> cities, IReadOnlyDictionary<string, string> admin2Names,
        Admin1Join admin1, IReadOnlyList<WorldCountry> world)
    {
        var alpha3ByAlpha2 = world.ToDictionary(c => c.Alpha2, c => c.Alpha3, StringComparer.Ordinal);

        var result = new List<Place>();
        foreach (var group in cities.Where(c => c.Admin2.Length > 0).GroupBy(c => $"{c.CountryCode}.{c.Admin1}.{c.Admin2}"))
        {
            if (!admin2Names.TryGetValue(group.Key, out var name)) continue;
            double weight = 0, lat = 0, lon = 0;
            var env = new Envelope();
            long population = 0;
            foreach (var c in group)
            {
                var w = Math.Max(c.Population, 1);
                weight += w;
                lat += w * c.Lat;
                lon += w * c.Lon;
                population += c.Population;
                env.ExpandToInclude(c.Lon, c.Lat);
            }
            var first = group.First();
            var extent = env;
            result.Add(new Place(() => extent.Width > 0 && extent.Height > 0
                ? GeometryFactories.Wgs84.ToGeometry(extent)
                : GeometryFactories.Wgs84.CreatePoint(new Coordinate(extent.MinX, extent.MinY)))
            {
                Id = "admin2:" + group.Key,
                Kind = PlaceKind.Admin2,
                Name = name,
                Names = new NameList().Add(name).ToArray(),
                Code = group.Key,
                CountryCode = alpha3ByAlpha2.GetValueOrDefault(first.CountryCode),
                // The unit most of its towns lie in: GeoNames' own admin-1 code can be of another generation.
                Admin1Code = group.Select(admin1.UnitOf).OfType<string>().GroupBy(u => u).MaxBy(g => g.Count())?.Key,
                Admin2Code = group.Key,
                Type = "ADM2",
                Lat = lat / weight,
                Lon = lon / weight,
                Population = population,
            });
        }
        return result;
    }
}
