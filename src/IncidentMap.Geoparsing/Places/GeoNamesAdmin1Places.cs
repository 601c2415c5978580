using IncidentMap.Geoparsing.Sources;
using NetTopologySuite.Geometries;

namespace IncidentMap.Geoparsing.Places;

/// <summary>
/// First-level divisions that GeoNames has and Natural Earth lacks, because Natural Earth's admin-1 table predates a
/// reform: Kenya's 47 counties, the DR Congo's 26 provinces, Ghana's 16 regions. Each GeoNames admin-1 code that
/// cities500 places carry is joined to a Natural Earth unit by Natural Earth's <c>gn_a1_code</c> where the cities
/// confirm it (<see cref="Admin1Join"/>), else by the unit's own or GeoNames name ("Telangana"), else by its cities
/// when they fill one unit ("Navarre"). A division still unjoined
/// is built the way <see cref="Admin2Places"/> builds counties, except where its cities fill several whole units (a
/// level above Natural Earth's, as Italy's regions over its provinces, which the units and Natural Earth's regions
/// cover), where most of them lie in another country's units (Somaliland's regions, the West Bank), and where Natural
/// Earth holds the whole country as one unit (GeoNames' first level there is Puerto Rico's municipalities or the Isle
/// of Man's parishes, far below what news calls a province).
/// </summary>
internal static class GeoNamesAdmin1Places
{
    /// <summary>A division's cities fill a unit when they are at least this share of the unit's cities.</summary>
    private const double _fillsUnit = 0.75;

    /// <summary>A division is made of whole units when at least this share of its cities lie in units it fills: the
    /// rest are cities that Natural Earth's generalised borders put in a neighbour.</summary>
    private const double _wholeUnits = 0.6;

    /// <summary>The entries built, the GeoNames codes joined here to Natural Earth units (codes no unit's
    /// <c>gn_a1_code</c> names), and the codes of the divisions built.</summary>
    public static (List<Place> Places, Dictionary<string, string> Joins, List<string> Divisions) Build(
        IReadOnlyList<GeoNamesCity> cities, IReadOnlyDictionary<string, string> names,
        IReadOnlyList<NaturalEarthAdmin1> admin1, IReadOnlyList<WorldCountry> world, Admin1Join join, GeoNamesReference reference)
    {
        var alpha3ByAlpha2 = world.ToDictionary(c => c.Alpha2, c => c.Alpha3, StringComparer.Ordinal);
        var unitsByCountry = admin1.GroupBy(u => u.Adm0A3).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        foreach (var (code, isos) in CountryCodes.DependencyAdmin1) unitsByCountry[code] = [.. admin1.Where(u => isos.Contains(u.IsoCode))];
        var citiesIn = cities.Select(join.PolygonOf).OfType<NaturalEarthAdmin1>().CountBy(u => u).ToDictionary();
        // A code Natural Earth gives a unit has that unit, whether or not the cities confirm the join (Algiers' towns lie
        // in Boumerdès on Natural Earth's generalised outlines).
        var claimed = admin1.Select(u => u.GeoNamesAdmin1).OfType<string>().ToHashSet(StringComparer.Ordinal);

        var (result, joins, divisions) = (new List<Place>(), new Dictionary<string, string>(StringComparer.Ordinal), new List<string>());
        foreach (var group in cities.GroupBy(c => $"{c.CountryCode}.{c.Admin1}"))
        {
            if (claimed.Contains(group.Key) || !names.TryGetValue(group.Key, out var name)) continue;
            if (!alpha3ByAlpha2.TryGetValue(group.First().CountryCode, out var country)) continue;
            var units = unitsByCountry.GetValueOrDefault(country, []);
            if (units.Length < 2) continue;

            if (SameName(name, units) is { } named)
            {
                joins[group.Key] = named.IsoCode;
                continue;
            }
            var located = group.Select(join.PolygonOf).OfType<NaturalEarthAdmin1>().ToArray();
            var filled = located.CountBy(u => u).Where(x => x.Value >= _fillsUnit * citiesIn[x.Key]).ToArray();
            if (located.Length > 0 && filled.Sum(x => x.Value) >= _wholeUnits * located.Length)
            {
                // The same unit under another code joins it; a union of whole units is left to them.
                var isos = filled.Select(x => x.Key.IsoCode).Distinct().ToArray();
                if (isos is [var iso]) joins[group.Key] = iso;
                continue;
            }
            // Natural Earth files the area under another country (Somaliland, Northern Cyprus, the West Bank).
            if (located.Count(u => u.Adm0A3 != country) > located.Length / 2) continue;
            divisions.Add(group.Key);
            result.Add(Entry(group.Key, name, country, [.. group], reference.Admin1ByCode(group.Key)));
        }
        return (result, joins, divisions);
    }

    /// <summary>"Samburu County" → "Samburu": the name without a trailing type word, where at least four letters remain.</summary>
    internal static string WithoutType(string name)
    {
        foreach (var type in new[] { "County", "Province", "Region", "District" })
        {
            var stem = name.EndsWith(" " + type, StringComparison.OrdinalIgnoreCase) ? name[..^(type.Length + 1)] : null;
            if (stem is not null && stem.Count(char.IsLetter) >= 4) return stem;
        }
        return name;
    }

    /// <summary>The unit whose own or GeoNames name is the division's: not its alternates, where Natural Earth holds
    /// the odd region name under a province ("Lombardy" for Varese).</summary>
    private static NaturalEarthAdmin1? SameName(string name, NaturalEarthAdmin1[] units)
    {
        var keys = new[] { name, WithoutType(name) }.Select(n => NameFolding.Fold(n)).ToHashSet(StringComparer.Ordinal);
        return units.FirstOrDefault(u => new[] { u.Name, u.GeoNamesName, u.GeoNamesName is { } g ? WithoutType(g) : null }
            .Any(n => n is not null && keys.Contains(NameFolding.Fold(n))));
    }

    private static Place Entry(string code, string name, string country, GeoNamesCity[] cities, ReferencePoint? point)
    {
        double weight = 0, lat = 0, lon = 0;
        var env = new Envelope();
        foreach (var c in cities)
        {
            var w = Math.Max(c.Population, 1);
            weight += w;
            lat += w * c.Lat;
            lon += w * c.Lon;
            env.ExpandToInclude(c.Lon, c.Lat);
        }
        var stem = WithoutType(name);
        return new Place(() => env.Width > 0 && env.Height > 0
            ? GeometryFactories.Wgs84.ToGeometry(env)
            : GeometryFactories.Wgs84.CreatePoint(new Coordinate(env.MinX, env.MinY)))
        {
            Id = "admin1:" + code,
            Kind = PlaceKind.Admin1,
            Name = name,
            Names = new NameList().Add(name).Add(stem).ToArray(),
            Code = code,
            CountryCode = country,
            Admin1Code = code,
            Type = "ADM1",
            // GeoNames' point of the division where it has one, else the centre of its towns.
            Lat = point?.Lat ?? lat / weight,
            Lon = point?.Lon ?? lon / weight,
            GeonameId = point?.GeonameId,
            // Like Natural Earth's units, no population: the sum of its cities500 places would rank a division above
            // a same-named unit elsewhere for no better reason than that it was built here.
        };
    }
}
