using System.Globalization;
using IncidentMap.Geoparsing.Sources;

namespace IncidentMap.Geoparsing.Places;

/// <summary>Sea entries: Natural Earth marine polygons with normalised names, one entry per name (several seas come
/// in more than one polygon), and the whole oceans and seas news names that Natural Earth splits (<see cref="WholeSea"/>).</summary>
internal static class SeaPlaces
{
    public static List<Place> Build(IReadOnlyList<NaturalEarthMarineArea> areas, GeoNamesReference reference)
    {
        var wholes = WholeSea.Members(areas);
        var wholeNames = wholes.Keys.Select(w => w.Name).ToHashSet(StringComparer.Ordinal);
        var entries = areas.Where(a => a.Name is not null).GroupBy(a => Normalise(a.Name!))
            .Where(g => !wholeNames.Contains(g.Key))
            .Select(g => (Name: g.Key, Own: g.ToArray(), Parts: g.ToArray()))
            .Concat(wholes.Select(w => (w.Key.Name, Own: w.Value.Where(a => a.Name is { } n && Normalise(n) == w.Key.Name).ToArray(), Parts: w.Value.ToArray())))
            .ToArray();
        var result = new Place[entries.Length];
        // The unions of the whole oceans are the slow part: one entry per core.
        Parallel.For(0, entries.Length, i => result[i] = Entry(entries[i].Name, entries[i].Own, entries[i].Parts, reference));
        return [.. result];
    }

    /// <summary>The entry named <paramref name="name"/>: its own polygons give the names, all its parts the area, and
    /// GeoNames the geonameid and point of a water body between countries of that name (seas GeoNames puts in one
    /// country, as the Gulf of Mexico, keep an interior point of their area).</summary>
    private static Place Entry(string name, NaturalEarthMarineArea[] own, NaturalEarthMarineArea[] parts, GeoNamesReference reference)
    {
        var geometry = parts.Length == 1 ? parts[0].Geometry : Overlay.Union(parts.Select(p => p.Geometry));
        var geoNames = reference.Area(own.Select(p => Normalise(p.Name!)).Prepend(name), GeoNamesReference.Water);
        var (lat, lon) = geoNames is { } g ? (g.Lat, g.Lon) : Antimeridian.InteriorPoint(geometry);
        return new Place(geometry)
        {
            Id = "sea:" + name,
            Kind = PlaceKind.Sea,
            Name = name,
            Names = new NameList().Add(name).AddRange(own.Select(p => p.Name)).AddRange(own.Select(p => p.AlternateName))
                .AddRange(own.Where(p => p.AlternateName is not null).Select(p => Normalise(p.AlternateName!))).AddRange(ShortForms(name)).ToArray(),
            Code = name,
            Type = (own.Length > 0 ? own : parts)[0].FeatureClass,
            Lat = lat,
            Lon = lon,
            GeonameId = geoNames?.GeonameId,
            Rank = Math.Clamp(10 - parts.Min(p => p.ScaleRank), 0, 10),
        };
    }

    /// <summary>The short forms news uses: "Pacific" for "Pacific Ocean", "Mediterranean" for "Mediterranean Sea",
    /// "Baltic" for "Baltic Sea" (the geoparser tells the sea from the Baltic states by context). The halves of an ocean
    /// ("North Pacific Ocean") get none: the short forms name the whole ocean.</summary>
    internal static IEnumerable<string> ShortForms(string name)
    {
        var words = name.Split(' ');
        if (words is [var adjective, "Sea" or "Ocean"] && (adjective.EndsWith("ic", StringComparison.Ordinal) || adjective.EndsWith("ean", StringComparison.Ordinal)))
        {
            yield return adjective;
        }
    }

    /// <summary>"White  Sea" → "White Sea"; "NORTH ATLANTIC OCEAN" → "North Atlantic Ocean"; "Bay of Bengal" unchanged.</summary>
    public static string Normalise(string name)
    {
        var collapsed = NameList.CollapseSpaces(name);
        if (collapsed.Any(char.IsLower)) return collapsed;
        var words = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(collapsed.ToLowerInvariant()).Split(' ');
        for (var i = 1; i < words.Length; i++)
        {
            if (words[i] is "Of" or "The" or "And" or "De" or "Du" or "La") words[i] = words[i].ToLowerInvariant();
        }
        return string.Join(' ', words);
    }
}
