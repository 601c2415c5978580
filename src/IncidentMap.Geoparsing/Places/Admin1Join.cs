using IncidentMap.Geoparsing.Sources;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;

namespace IncidentMap.Geoparsing.Places;

/// <summary>
/// Which admin-1 unit each GeoNames city lies in. Natural Earth's <c>gn_a1_code</c> joins its units to GeoNames
/// admin-1 codes, but for some countries the two are of different generations: the Philippines' GeoNames codes
/// are regions ("Central Luzon") while Natural Earth's provinces carry older numbers, so the plain join puts Pandi
/// in Agusan del Sur. A city therefore takes the unit whose outline contains it, and a GeoNames code counts as a
/// unit's only when most of its located cities lie inside that unit. Divisions Natural Earth lacks, built from
/// GeoNames (<see cref="GeoNamesAdmin1Places"/>), take their own cities.
/// </summary>
internal sealed class Admin1Join
{
    private readonly Dictionary<long, string> _unitByCity;
    private readonly Dictionary<long, NaturalEarthAdmin1> _polygonByCity;
    private readonly HashSet<string> _divisions;

    private Admin1Join(
        Dictionary<long, string> unitByCity, Dictionary<long, NaturalEarthAdmin1> polygonByCity,
        Dictionary<string, string> isoByGeoNamesCode, HashSet<string> divisions)
    {
        _unitByCity = unitByCity;
        _polygonByCity = polygonByCity;
        IsoByGeoNamesCode = isoByGeoNamesCode;
        _divisions = divisions;
    }

    /// <summary>GeoNames admin-1 code ("UA.04") → ISO 3166-2 code of the Natural Earth unit, for joins the cities confirm.</summary>
    public IReadOnlyDictionary<string, string> IsoByGeoNamesCode { get; }

    /// <summary>The admin-1 code of the entry <paramref name="city"/> lies in: the GeoNames code of a division built
    /// from GeoNames, else the ISO 3166-2 code of the unit whose outline holds it or that its confirmed code joins;
    /// null when none tells.</summary>
    public string? UnitOf(GeoNamesCity city)
    {
        var code = city.CountryCode + "." + city.Admin1;
        return _divisions.Contains(code) ? code : _unitByCity.GetValueOrDefault(city.GeonameId) ?? IsoByGeoNamesCode.GetValueOrDefault(code);
    }

    /// <summary>The Natural Earth polygon <paramref name="city"/> lies in: one of its own country's, else another
    /// country's where Natural Earth files the area there (Somaliland, Northern Cyprus); null off every outline.</summary>
    public NaturalEarthAdmin1? PolygonOf(GeoNamesCity city) => _polygonByCity.GetValueOrDefault(city.GeonameId);

    /// <summary>This join with more GeoNames codes joined to units and the codes of the divisions built from GeoNames.</summary>
    public Admin1Join With(IReadOnlyDictionary<string, string> joins, IEnumerable<string> divisions)
    {
        var iso = new Dictionary<string, string>(IsoByGeoNamesCode, StringComparer.Ordinal);
        foreach (var (code, unit) in joins) iso.TryAdd(code, unit);
        return new Admin1Join(_unitByCity, _polygonByCity, iso, [.. _divisions.Concat(divisions)]);
    }

    public static Admin1Join Build(IReadOnlyList<GeoNamesCity> cities, IReadOnlyList<NaturalEarthAdmin1> admin1, IReadOnlyList<WorldCountry> world)
    {
        var alpha3ByAlpha2 = world.ToDictionary(c => c.Alpha2, c => c.Alpha3, StringComparer.Ordinal);
        var claimed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var u in admin1)
        {
            if (u.GeoNamesAdmin1 is { } gn) claimed.TryAdd(gn, u.IsoCode);
        }

        var index = new STRtree<(NaturalEarthAdmin1 Unit, IPreparedGeometry Outline)>();
        foreach (var u in admin1) index.Insert(u.Geometry.EnvelopeInternal, (u, PreparedGeometryFactory.Prepare(u.Geometry)));
        index.Build();

        var unitByCity = new Dictionary<long, string>(cities.Count);
        var polygonByCity = new Dictionary<long, NaturalEarthAdmin1>(cities.Count);
        var tally = new Dictionary<string, (int Located, int Agreeing)>(StringComparer.Ordinal);
        var polygons = new NaturalEarthAdmin1?[cities.Count];
        var own = new bool[cities.Count];
        // Point-in-polygon on 1:10m outlines is the slow part: spread it over the cores. Prepared geometries are
        // read-only once built, so concurrent queries are safe.
        Parallel.For(0, cities.Count, i =>
        {
            var c = cities[i];
            var country = alpha3ByAlpha2.GetValueOrDefault(c.CountryCode);
            var point = GeometryFactories.Wgs84.CreatePoint(new Coordinate(c.Lon, c.Lat));
            var candidates = index.Query(point.EnvelopeInternal);
            foreach (var (unit, outline) in candidates)
            {
                if (unit.Adm0A3 == country && outline.Contains(point))
                {
                    (polygons[i], own[i]) = (unit, true);
                    return;
                }
            }
            foreach (var (unit, outline) in candidates)
            {
                if (unit.Adm0A3 != country && outline.Contains(point))
                {
                    polygons[i] = unit;
                    return;
                }
            }
        });
        for (var i = 0; i < cities.Count; i++)
        {
            if (polygons[i] is not { } polygon) continue;
            var c = cities[i];
            polygonByCity[c.GeonameId] = polygon;
            if (!own[i]) continue;
            var iso = polygon.IsoCode;
            unitByCity[c.GeonameId] = iso;
            var code = c.CountryCode + "." + c.Admin1;
            var (located, agreeing) = tally.GetValueOrDefault(code);
            tally[code] = (located + 1, agreeing + (claimed.GetValueOrDefault(code) == iso ? 1 : 0));
        }
        // Codes none of whose cities could be placed keep the join: there is no evidence against it.
        var confirmed = claimed
            .Where(kv => !tally.TryGetValue(kv.Key, out var t) || t.Agreeing * 2 >= t.Located)
            .ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        return new Admin1Join(unitByCity, polygonByCity, confirmed, []);
    }
}
