using System.Globalization;
using IncidentMap.Geoparsing.Sources;

namespace IncidentMap.Geoparsing.Places;

/// <summary>Sea entries: Natural Earth marine polygons with normalised names, one entry per name
/// (the Mediterranean and a few others come in several polygons).</summary>
internal static class SeaPlaces
{
    public static List<Place> Build(IEnumerable<NaturalEarthMarineArea> areas)
    {
        var result = new List<Place>();
        foreach (var group in areas.Where(a => a.Name is not null).GroupBy(a => Normalise(a.Name!)))
        {
            var parts = group.ToArray();
            var geometry = parts.Length == 1 ? parts[0].Geometry : Overlay.Union(parts.Select(p => p.Geometry));
            var point = geometry.InteriorPoint;
            result.Add(new Place(geometry)
            {
                Id = "sea:" + group.Key,
                Kind = PlaceKind.Sea,
                Name = group.Key,
                Names = new NameList().Add(group.Key).AddRange(parts.Select(p => p.Name)).AddRange(parts.Select(p => p.AlternateName))
                    .AddRange(parts.Where(p => p.AlternateName is not null).Select(p => Normalise(p.AlternateName!))).AddRange(ShortForms(group.Key)).ToArray(),
                Code = group.Key,
                Type = parts[0].FeatureClass,
                Lat = point.Y,
                Lon = point.X,
                Rank = Math.Clamp(10 - parts.Min(p => p.ScaleRank), 0, 10),
            });
        }
        return result;
    }

    /// <summary>The short forms news uses: "Pacific Ocean" and "Pacific" for "North Pacific Ocean"; "Mediterranean" for
    /// "Mediterranean Sea", "Baltic" for "Baltic Sea" (the geoparser tells the sea from the Baltic states by context).</summary>
    internal static IEnumerable<string> ShortForms(string name)
    {
        var words = name.Split(' ');
        if (words is [_, var ocean, "Ocean"] && words[0] is "North" or "South")
        {
            yield return ocean + " Ocean";
            yield return ocean;
        }
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
