using System.Globalization;
using IncidentMap.Geoparsing.Parsing;
using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Bench.Resolver;

/// <summary>
/// The error table: every matched toponym beyond 161 km and every gold toponym left unmatched, with the gold name and
/// point, the chosen entry (id, geonameid, kind, point), the distance and a class (<see cref="MissClass"/>). Prints
/// the counts per class and kind first, then one tab-separated row per error; with an output path the rows go there.
/// </summary>
internal static class Misses
{
    public static int Run(string corpus, string? output)
    {
        var gazetteer = GazetteerStore.Load();
        var parser = new Geoparser(gazetteer, ResolverWeights.Shipped);
        var rows = new List<MissRow>();
        var (golds, matched) = (0, 0);
        foreach (var document in GoldDocument.Read(corpus))
        {
            var trace = new ResolutionTrace();
            parser.Parse(document.Text, null, trace, out _);
            var mentions = trace.Mentions.Where(m => m.Chosen is not null && m.NameStart >= 0).ToArray();
            var matches = ToponymMatching.Match(document, mentions.Select(m => (m.NameStart, m.NameEnd)).ToArray());
            for (var g = 0; g < matches.Length; g++)
            {
                golds++;
                var gold = document.Toponyms[g];
                if (matches[g] < 0)
                {
                    rows.Add(Unmatched(document, gold, trace.Mentions, gazetteer));
                    continue;
                }
                matched++;
                var mention = mentions[matches[g]];
                var chosen = mention.Chosen!;
                var km = Geodesy.DistanceKm(chosen.Lat, chosen.Lon, gold.Lat, gold.Lon);
                if (km < 161) continue;
                rows.Add(new MissRow(document.Id, gold, MissClass.Far(mention, gold), chosen, km, $"{mention.Candidates.Length} candidates"));
            }
        }
        var far = rows.Count(r => r.Km is not null);
        var right = matched - far;
        Console.WriteLine($"gold toponyms {golds}, matched {matched}, beyond 161 km {far}, unmatched {golds - matched}");
        Console.WriteLine($"acc@161 {(double)right / matched:0.0000} ({right} of {matched})");
        // The ceiling of better reading and recognition with these points and entries: every wrong reading that has a
        // candidate within 161 km read right, every unmatched gold toponym that an entry of its name within 161 km
        // could answer found and read right; the rest left as they are.
        var wrong = rows.Count(r => r.Class == MissClass.WrongNear);
        var findable = rows.Count(r => r.Km is null && gazetteer.Lookup(r.Gold.Name).Any(p => Geodesy.DistanceKm(p.Lat, p.Lon, r.Gold.Lat, r.Gold.Lon) < 161));
        Console.WriteLine($"at most {(double)(right + wrong) / matched:0.0000} with every wrong reading right ({wrong}); "
                          + $"at most {(double)(right + wrong + findable) / (matched + findable):0.0000} with every unmatched toponym an entry within 161 km answers also found ({findable})");
        foreach (var group in rows.GroupBy(r => r.Class).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"{group.Key}: {group.Count()}");
            foreach (var kind in group.GroupBy(r => r.Chosen?.Kind.ToString().ToLowerInvariant() ?? "-").OrderByDescending(k => k.Count()))
                Console.WriteLine($"  {kind.Key}: {kind.Count()}");
        }
        var lines = rows.OrderBy(r => r.Class, StringComparer.Ordinal).ThenBy(r => r.Gold.Name, StringComparer.Ordinal).Select(r => r.ToString());
        if (output is null)
        {
            Console.WriteLine(MissRow.Header);
            foreach (var line in lines) Console.WriteLine(line);
        }
        else File.WriteAllLines(output, [MissRow.Header, .. lines]);
        return 0;
    }

    private static MissRow Unmatched(GoldDocument document, GoldToponym gold, IReadOnlyList<TracedMention> all, Gazetteer gazetteer)
    {
        var overlapping = all.FirstOrDefault(m => m.NameStart >= 0 && m.NameStart < gold.End && gold.Start < m.NameEnd);
        if (overlapping is not null)
        {
            var said = document.Text[overlapping.NameStart..overlapping.NameEnd];
            var cls = overlapping.Chosen is null ? MissClass.Dropped : MissClass.Boundary;
            return new MissRow(document.Id, gold, cls, overlapping.Chosen, null, $"ours \"{said}\"");
        }
        var known = gazetteer.Lookup(gold.Name);
        var near = known.FirstOrDefault(p => Geodesy.DistanceKm(p.Lat, p.Lon, gold.Lat, gold.Lon) < 161
                                             || p.Kind != PlaceKind.City && p.Covers(gold.Lat, gold.Lon));
        if (near is not null) return new MissRow(document.Id, gold, MissClass.NotRecognised, near, null, $"{known.Count} entries of the name");
        return known.Count > 0
            ? new MissRow(document.Id, gold, MissClass.NotRecognisedOtherPlace, null, null, $"{known.Count} entries of the name, none near")
            : new MissRow(document.Id, gold, MissClass.UnknownName, null, null, "");
    }
}

/// <summary>One row of the error table.</summary>
internal sealed record MissRow(string Document, GoldToponym Gold, string Class, Place? Chosen, double? Km, string Detail)
{
    public const string Header = "class\tdocument\tgold name\tgold lat\tgold lon\tentry\tgeonameid\tkind\tlat\tlon\tkm\tdetail";

    public override string ToString() => string.Join('\t', Class, Document, Gold.Name, F(Gold.Lat), F(Gold.Lon),
        Chosen?.ToString() ?? "", Chosen?.GeonameId?.ToString(CultureInfo.InvariantCulture) ?? "",
        Chosen?.Kind.ToString().ToLowerInvariant() ?? "", Chosen is null ? "" : F(Chosen.Lat), Chosen is null ? "" : F(Chosen.Lon),
        Km is { } km ? km.ToString("0", CultureInfo.InvariantCulture) : "", Detail);

    private static string F(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
