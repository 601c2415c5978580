using IncidentMap.Geoparsing.Sources;
using NetTopologySuite.Geometries.Prepared;

namespace IncidentMap.Geoparsing.Places;

/// <summary>
/// A water body news names whole ("the Pacific", "the Mediterranean") that Natural Earth splits into parts: the open
/// ocean's halves and the marginal seas the IHO's <i>Limits of Oceans and Seas</i> counts in that ocean, or a sea's
/// basins. Seas the IHO counts in no ocean (the Indonesian archipelago's) or that join the ocean only through a narrow
/// strait (the Mediterranean, Baltic and Red Seas, the Persian Gulf) stay bodies of their own, as do the Arctic seas.
/// <see cref="Parts"/> are Natural Earth names as <see cref="SeaPlaces.Normalise"/> writes them.
/// </summary>
internal sealed record WholeSea(string Name, string[] Parts)
{
    public static readonly WholeSea[] All =
    [
        new("Pacific Ocean", ["North Pacific Ocean", "South Pacific Ocean", "Philippine Sea", "South China Sea", "Gulf of Thailand",
            "East China Sea", "Yellow Sea", "Sea of Japan", "Sea of Okhotsk", "Bering Sea", "Gulf of Alaska", "Coral Sea", "Tasman Sea",
            "Solomon Sea", "Bismarck Sea"]),
        new("Atlantic Ocean", ["North Atlantic Ocean", "South Atlantic Ocean", "Sargasso Sea", "Caribbean Sea", "Gulf of Mexico",
            "Bahía de Campeche", "Labrador Sea", "Gulf of Guinea", "Bay of Biscay", "Irish Sea", "North Sea"]),
        new("Indian Ocean", ["Indian Ocean", "Arabian Sea", "Laccadive Sea", "Bay of Bengal", "Andaman Sea", "Mozambique Channel",
            "Gulf of Aden", "Gulf of Oman", "Great Australian Bight"]),
        new("Mediterranean Sea", ["Mediterranean Sea", "Alboran Sea", "Balearic Sea", "Ligurian Sea", "Tyrrhenian Sea", "Ionian Sea",
            "Adriatic Sea", "Aegean Sea"]),
    ];

    /// <summary>Natural Earth classes that are not open water: they neither join a body nor keep an area out of one.</summary>
    private static readonly HashSet<string> _notOpenWater = ["lagoon", "river", "reef"];

    /// <summary>
    /// The Natural Earth areas each whole is made of: its listed parts, then the minor areas (scale rank 3 and above:
    /// gulfs, bays, straits) that open only onto those parts or onto each other, as the Gulf of Sidra opens only onto
    /// the Mediterranean and the Bristol and English Channels only onto the Atlantic, the Irish Sea, the North Sea and
    /// each other. A strait between two bodies belongs to neither, nor does a gulf behind it.
    /// </summary>
    public static Dictionary<WholeSea, List<NaturalEarthMarineArea>> Members(IReadOnlyList<NaturalEarthMarineArea> areas)
    {
        bool OpenWater(int i) => areas[i].FeatureClass is not { } c || !_notOpenWater.Contains(c);
        var prepared = areas.Select(a => new Lazy<IPreparedGeometry>(() => PreparedGeometryFactory.Prepare(a.Geometry))).ToArray();
        var minor = Enumerable.Range(0, areas.Count).Where(i => areas[i].ScaleRank >= 3 && OpenWater(i)).ToArray();
        var neighbours = new Dictionary<int, int[]>();
        foreach (var i in minor)
        {
            var env = areas[i].Geometry.EnvelopeInternal;
            neighbours[i] = [.. Enumerable.Range(0, areas.Count).Where(j => j != i && OpenWater(j)
                && areas[j].Geometry.EnvelopeInternal.Intersects(env) && prepared[j].Value.Intersects(areas[i].Geometry))];
        }

        var result = new Dictionary<WholeSea, List<NaturalEarthMarineArea>>();
        foreach (var whole in All)
        {
            var parts = new HashSet<int>(Enumerable.Range(0, areas.Count)
                .Where(i => areas[i].Name is { } n && whole.Parts.Contains(SeaPlaces.Normalise(n))));
            // The largest set of minor areas whose neighbours are all parts or in the set, then those of it that reach a part.
            var open = minor.Where(i => !parts.Contains(i)).ToHashSet();
            while (open.RemoveWhere(i => neighbours[i].Any(j => !parts.Contains(j) && !open.Contains(j))) > 0) { }
            for (var reached = true; reached;)
            {
                var next = open.Where(i => neighbours[i].Any(parts.Contains)).ToArray();
                reached = next.Length > 0;
                foreach (var i in next)
                {
                    parts.Add(i);
                    open.Remove(i);
                }
            }
            result[whole] = [.. parts.Order().Select(i => areas[i])];
        }
        return result;
    }
}
