using IncidentMap.Geoparsing.Sources;
using NetTopologySuite.Geometries;

namespace IncidentMap.Geoparsing.Places;

/// <summary>City entries: GeoNames cities500 merged with Natural Earth populated places (by GeoNames id, checked
/// against distance), so capitals and admin centres carry their map rank; Natural Earth places GeoNames lacks are
/// added too.</summary>
internal static class CityPlaces
{
    public static List<Place> Build(
        IReadOnlyList<GeoNamesCity> cities, IReadOnlyList<NaturalEarthPopulatedPlace> nePlaces,
        Admin1Join admin1, IReadOnlyList<WorldCountry> world)
    {
        var alpha3ByAlpha2 = world.ToDictionary(c => c.Alpha2, c => c.Alpha3, StringComparer.Ordinal);
        var neByGeonameId = JoinNaturalEarth(cities, nePlaces);
        var joined = neByGeonameId.Values.ToHashSet();

        var result = new List<Place>(cities.Count + 1000);
        var ids = new HashSet<long>();
        foreach (var c in cities)
        {
            ids.Add(c.GeonameId);
            var ne = neByGeonameId.GetValueOrDefault(c.GeonameId);
            // Villages (cities500's places under 1,000 people) keep their Latin-script names only: English news writes
            // them so, and their names in other scripts would cost start-up time and memory for nothing.
            var village = c.Population < 1_000 && ne is null;
            var names = new NameList().Add(c.Name).Add(c.AsciiName).AddRange(c.AlternateNames.Where(n => IsName(n) && (!village || IsLatin(n))))
                .AddRange(ne?.Names ?? [])
                .AddRange(Abbreviated(c.Name)).AddRange(Abbreviated(c.AsciiName));
            result.Add(new Place(() => GeometryFactories.Wgs84.CreatePoint(new Coordinate(c.Lon, c.Lat)))
            {
                Id = "city:" + c.GeonameId,
                Kind = PlaceKind.City,
                Name = c.Name,
                Names = names.ToArray(),
                Code = c.GeonameId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                CountryCode = alpha3ByAlpha2.GetValueOrDefault(c.CountryCode),
                Admin1Code = admin1.UnitOf(c),
                Admin2Code = c.Admin2.Length == 0 ? null : $"{c.CountryCode}.{c.Admin1}.{c.Admin2}",
                Type = c.FeatureCode,
                Lat = c.Lat,
                Lon = c.Lon,
                Population = Math.Max(c.Population, ne?.Population ?? 0),
                Rank = ne?.Rank ?? 0,
                GeonameId = c.GeonameId,
            });
        }
        foreach (var ne in nePlaces)
        {
            if (joined.Contains(ne)) continue;
            // A GeoNames id that names another place (see JoinNaturalEarth) is not this place's id.
            var id = ne.GeonameId is { } g && !ids.Contains(g) ? g.ToString(System.Globalization.CultureInfo.InvariantCulture) : "ne" + ne.NaturalEarthId;
            if (ne.GeonameId is { } g2) ids.Add(g2);
            result.Add(new Place(() => GeometryFactories.Wgs84.CreatePoint(new Coordinate(ne.Lon, ne.Lat)))
            {
                Id = "city:" + id,
                Kind = PlaceKind.City,
                Name = ne.Name,
                Names = new NameList().AddRange(ne.Names).ToArray(),
                Code = id,
                CountryCode = ne.Adm0A3,
                Type = ne.FeatureClass,
                Lat = ne.Lat,
                Lon = ne.Lon,
                Population = ne.Population,
                Rank = ne.Rank,
                GeonameId = ne.GeonameId,
            });
        }
        return result;
    }

    private static bool IsLatin(string name)
    {
        foreach (var ch in name)
        {
            if (ch >= 0x250) return false;
        }
        return true;
    }

    /// <summary>
    /// Natural Earth places joined to the GeoNames city they are, by GeoNames id. Some of Natural Earth's ids name a
    /// namesake far away (its Santiago de Chile carries the id of a Santiago in Brazil, its Prague one of a village
    /// 8,000 km off), which would lend a hamlet a capital's population and rank; so an id counts only when the two
    /// points lie within 25 km, and otherwise the place is joined to the GeoNames city of the same name nearest it
    /// within 25 km, if any.
    /// </summary>
    internal static Dictionary<long, NaturalEarthPopulatedPlace> JoinNaturalEarth(
        IReadOnlyList<GeoNamesCity> cities, IReadOnlyList<NaturalEarthPopulatedPlace> nePlaces)
    {
        const double maxKm = 25;
        var byId = new Dictionary<long, GeoNamesCity>(cities.Count);
        var byName = new Dictionary<string, List<GeoNamesCity>>(StringComparer.Ordinal);
        foreach (var c in cities)
        {
            byId[c.GeonameId] = c;
            foreach (var key in new[] { NameFolding.Fold(c.Name), NameFolding.Fold(c.AsciiName) }.Distinct())
            {
                if (!byName.TryGetValue(key, out var list)) byName[key] = list = [];
                list.Add(c);
            }
        }
        var joined = new Dictionary<long, NaturalEarthPopulatedPlace>();
        void Join(GeoNamesCity city, NaturalEarthPopulatedPlace ne)
        {
            if (!joined.TryGetValue(city.GeonameId, out var other) || other.Rank < ne.Rank) joined[city.GeonameId] = ne;
        }
        foreach (var ne in nePlaces)
        {
            if (ne.GeonameId is { } id && byId.TryGetValue(id, out var city) && Geodesy.DistanceKm(city.Lat, city.Lon, ne.Lat, ne.Lon) <= maxKm)
            {
                Join(city, ne);
                continue;
            }
            var nearest = ne.Names.Append(ne.Name).Select(n => NameFolding.Fold(n)).Distinct()
                .SelectMany(key => byName.GetValueOrDefault(key) ?? [])
                .Select(c => (City: c, Km: Geodesy.DistanceKm(c.Lat, c.Lon, ne.Lat, ne.Lon)))
                .Where(x => x.Km <= maxKm)
                .OrderBy(x => x.Km)
                .FirstOrDefault();
            if (nearest.City is not null) Join(nearest.City, ne);
        }
        return joined;
    }

    /// <summary>"Saint-Marc" → "St. Marc", "Sainte-Anne" → "Ste. Anne", "Mount Vernon" → "Mt. Vernon": the forms news prints.</summary>
    internal static IEnumerable<string> Abbreviated(string name)
    {
        foreach (var (full, abbreviation) in new[] { ("Saint", "St."), ("Sainte", "Ste."), ("Mount", "Mt."), ("Fort", "Ft.") })
        {
            if (name.Length > full.Length + 1 && name.StartsWith(full, StringComparison.Ordinal) && name[full.Length] is ' ' or '-')
            {
                yield return abbreviation + " " + name[(full.Length + 1)..];
            }
        }
    }

    /// <summary>GeoNames alternate names include airport and other codes ("WAW", "1"): those are not names.</summary>
    private static bool IsName(string alt) =>
        alt.Length > 1 && !(alt.Length <= 4 && alt.All(ch => char.IsUpper(ch) || char.IsDigit(ch))) && !alt.All(char.IsDigit)
        && !alt.StartsWith("http", StringComparison.Ordinal);
}
