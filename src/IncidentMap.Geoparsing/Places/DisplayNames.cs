using IncidentMap.Geoparsing.Language;

namespace IncidentMap.Geoparsing.Places;

/// <summary>The names English news uses today for places the sources spell otherwise ("Odesa" for GeoNames'
/// "Odessa", "Lviv Oblast" for Natural Earth's "L'viv"), read from <c>Language/en/display-names.txt</c>.</summary>
internal static class DisplayNames
{
    /// <summary>The display name by gazetteer id.</summary>
    public static IReadOnlyDictionary<string, string> Read(string language = "en") =>
        LanguageData.Lines(language, "display-names")
            .Select(line => line.Split('\t', 2, StringSplitOptions.TrimEntries))
            .Where(f => f.Length == 2 && f[1].Length > 0)
            .ToDictionary(f => f[0], f => f[1], StringComparer.Ordinal);

    /// <summary>Shows each listed entry under its display name; the source's name stays an alternate.</summary>
    public static void Apply(List<Place> places, IReadOnlyDictionary<string, string> names)
    {
        for (var i = 0; i < places.Count; i++)
        {
            if (names.TryGetValue(places[i].Id, out var name) && name != places[i].Name) places[i] = places[i].Renamed(name);
        }
    }
}
