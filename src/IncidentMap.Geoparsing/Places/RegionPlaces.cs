using IncidentMap.Geoparsing.Sources;
using NetTopologySuite.Geometries;

namespace IncidentMap.Geoparsing.Places;

/// <summary>
/// Continents and regions: the continents and UN subregions Natural Earth's admin-0 table names, the macro-regions,
/// islands and former states news uses ("Middle East", "the Baltics", "Java", "the Soviet Union"), the constituent
/// countries of the United Kingdom and the regions Natural Earth groups admin-1 units into. Each is the union of its
/// parts' outlines (1:50m for whole countries, enough at this scale) with a conventional representative point where
/// one exists, else the union's centroid, or an interior point when the centroid falls outside.
/// </summary>
internal static class RegionPlaces
{
    public static List<Place> Build(
        IReadOnlyList<NaturalEarthCountry> ne50, IReadOnlyList<NaturalEarthAdmin1> admin1, IReadOnlyDictionary<string, Place> countries, GeoNamesReference reference)
    {
        var outline = ne50.GroupBy(c => c.Alpha3).ToDictionary(g => g.Key, g => g.First().Geometry, StringComparer.Ordinal);
        Geometry? CountryOutline(string code) =>
            outline.GetValueOrDefault(code) ?? (countries.GetValueOrDefault(code)?.Geometry is Polygon or MultiPolygon ? countries[code].Geometry : null);

        var specs = new List<(string Id, PlaceKind Kind, string Name, string[] Names, string[] Demonyms, string[] Members, Func<Geometry?> Geometry, (double Lat, double Lon)? Point, string? Country)>();
        foreach (var c in MacroRegion.Continents)
        {
            var members = ne50.Where(n => n.Continent == c.Name).Select(n => n.Alpha3).Distinct().ToArray();
            specs.Add(("continent:" + c.Name, PlaceKind.Continent, c.Name, c.Names, c.Demonyms, members, () => Union(members.Select(CountryOutline)), Point(c), null));
        }
        var continentNames = MacroRegion.Continents.Select(c => c.Name).ToHashSet();
        var newsNames = MacroRegion.News.Select(r => r.Name).ToHashSet();
        foreach (var group in ne50.SelectMany(n => new[] { n.RegionUn, n.Subregion }.OfType<string>().Distinct().Select(r => (Region: r, n.Alpha3))).GroupBy(x => x.Region))
        {
            if (continentNames.Contains(group.Key) || newsNames.Contains(group.Key) || group.Key.StartsWith("Seven seas", StringComparison.Ordinal)) continue;
            var members = group.Select(x => x.Alpha3).Distinct().ToArray();
            var (aliases, demonyms) = MacroRegion.SubregionAliases.GetValueOrDefault(group.Key, ([], []));
            specs.Add(("region:" + group.Key, PlaceKind.Region, group.Key, aliases, demonyms, members, () => Union(members.Select(CountryOutline)), null, null));
        }
        var newsInOneCountry = new HashSet<(string Country, string Name)>();
        foreach (var r in MacroRegion.News)
        {
            var members = r.Name == "Sub-Saharan Africa"
                ? [.. ne50.Where(n => n.Continent == "Africa" && n.Subregion != "Northern Africa").Select(n => n.Alpha3).Distinct()]
                : r.Members;
            var units = r.Admin1 is null ? [] : admin1.Where(u => r.Admin1.Any(sel => Selects(sel, u))).ToArray();
            var memberCodes = members.Concat(units.Select(u => u.Adm0A3)).Distinct().ToArray();
            Func<Geometry?> geometry = units.Length > 0 ? () => Union(units.Select(u => u.Geometry)) : () => Union(members.Select(CountryOutline));
            if (units.Length > 0 && memberCodes.Length == 1) newsInOneCountry.Add((memberCodes[0], r.Name));
            specs.Add(("region:" + r.Name, PlaceKind.Region, r.Name, r.Names, r.Demonyms, memberCodes, geometry, Point(r), units.Length > 0 && memberCodes.Length == 1 ? memberCodes[0] : null));
        }
        // Constituent countries (England, Scotland...) and Natural Earth's admin-1 regions ("Central Luzon"). A unit
        // that holds the whole country ("Republic of Congo") is the country, named so among the country's names.
        var wholeCountry = new HashSet<(string Country, string Unit)>();
        foreach (var country in admin1.GroupBy(u => u.Adm0A3))
        {
            if (CountryPlaces.WholeGeoUnit([.. country]) is { } unit) wholeCountry.Add((country.Key, unit));
        }
        foreach (var group in admin1.Where(u => u.GeoUnit is { } unit && !wholeCountry.Contains((u.Adm0A3, unit))).GroupBy(u => (u.Adm0A3, Name: u.GeoUnit!))
            .Concat(admin1.Where(u => u.Region is not null).GroupBy(u => (u.Adm0A3, Name: u.Region!))))
        {
            var name = group.Key.Name;
            var paren = name.IndexOf(" (", StringComparison.Ordinal);
            var clean = paren > 0 ? name[..paren] : name;
            // A region of one country that news names is built once, from its own list ("Kyushu" with Saga and Nagasaki,
            // which Natural Earth leaves out of it).
            if (clean.Length < 3 || newsInOneCountry.Contains((group.Key.Adm0A3, clean)) || specs.Any(s => s.Id == $"region:{group.Key.Adm0A3}:{clean}")) continue;
            var units = group.ToArray();
            specs.Add(($"region:{group.Key.Adm0A3}:{clean}", PlaceKind.Region, clean, [name], [], [group.Key.Adm0A3], () => Union(units.Select(u => u.Geometry)), null, group.Key.Adm0A3));
        }

        var result = new Place?[specs.Count];
        Parallel.For(0, specs.Count, i =>
        {
            var s = specs[i];
            var geometry = s.Geometry();
            if (geometry is null || geometry.IsEmpty) return;
            // GeoNames' continents, and its regions between countries ("Levant", "Balkan Peninsula"), give id and point.
            var geoNames = s.Kind == PlaceKind.Continent ? reference.Area(s.Name, "CONT")
                : s.Country is null ? reference.Area(s.Names.Prepend(s.Name), GeoNamesReference.Regions) : null;
            var point = geoNames is { } g ? (g.Lat, g.Lon) : s.Point ?? Antimeridian.CentroidOrInteriorPoint(geometry);
            var twoCountries = NamesTwoCountries(s.Name, countries) && s.Names.Length > 0;
            result[i] = new Place(geometry)
            {
                Id = s.Id,
                Kind = s.Kind,
                Name = twoCountries ? s.Names[0] : s.Name,
                Names = (twoCountries ? new NameList() : new NameList().Add(s.Name)).AddRange(s.Names).ToArray(),
                Code = s.Name,
                CountryCode = s.Country,
                Lat = point.Item1,
                Lon = point.Item2,
                GeonameId = geoNames?.GeonameId,
                Population = s.Members.Length == 1 ? 0 : s.Members.Sum(m => countries.GetValueOrDefault(m)?.Population ?? 0),
                Demonyms = s.Demonyms,
                Members = s.Members,
                Abbreviations = MacroRegion.Abbreviations.GetValueOrDefault(s.Name, []),
            };
        });
        return [.. result.OfType<Place>()];
    }

    /// <summary>"Australia and New Zealand" is the UN's name for a subregion, but in news it is two countries: such a
    /// region goes by its other name ("Australasia") and keeps the UN name as its code.</summary>
    private static bool NamesTwoCountries(string name, IReadOnlyDictionary<string, Place> countries)
    {
        var and = name.IndexOf(" and ", StringComparison.Ordinal);
        if (and < 0) return false;
        var (left, right) = (name[..and], name[(and + 5)..]);
        return countries.Values.Any(c => c.Name == left) && countries.Values.Any(c => c.Name == right);
    }

    private static (double Lat, double Lon)? Point(MacroRegion r) => r.Lat is { } lat && r.Lon is { } lon ? (lat, lon) : null;

    /// <summary>"IQ-AR" selects that unit, "BRN" every unit of Brunei, "SDN:Darfur" every unit of Sudan whose name or
    /// Natural Earth region holds "Darfur".</summary>
    internal static bool Selects(string selector, NaturalEarthAdmin1 unit)
    {
        var colon = selector.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0) return selector.Contains('-', StringComparison.Ordinal) ? unit.IsoCode == selector : unit.Adm0A3 == selector;
        var text = selector[(colon + 1)..];
        return unit.Adm0A3 == selector[..colon]
            && (unit.Region?.Contains(text, StringComparison.OrdinalIgnoreCase) == true
                || unit.BaseNames.Concat(unit.OtherNames).Any(n => n.Contains(text, StringComparison.OrdinalIgnoreCase)));
    }

    private static Geometry? Union(IEnumerable<Geometry?> parts)
    {
        var list = parts.OfType<Geometry>().ToList();
        return list.Count == 0 ? null : list.Count == 1 ? list[0] : Overlay.Union(list);
    }
}
