using IncidentMap.Geoparsing.Parsing;
using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Bench.Resolver;

/// <summary>
/// What the matched toponyms beyond 161 km are, by the kind of the chosen place: the right area at another point
/// convention (the chosen area's outline holds the gold point), a reading no candidate could fix (no candidate lies
/// within 161 km or holds the gold point: the gazetteer lacks the place, or its point lies elsewhere), or a wrong
/// reading (another candidate was right). Wrong readings are listed with the chosen and the right candidate.
/// </summary>
internal static class Misses
{
    public static int Run(string corpus)
    {
        var gazetteer = GazetteerStore.Load();
        var parser = new Geoparser(gazetteer, ResolverWeights.Shipped);
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var wrong = new List<string>();
        var unfixable = new List<string>();
        var (matched, far) = (0, 0);
        foreach (var document in GoldDocument.Read(corpus))
        {
            var trace = new ResolutionTrace();
            parser.Parse(document.Text, null, trace, out _);
            var mentions = trace.Mentions.Where(m => m.Chosen is not null && m.NameStart >= 0).ToArray();
            var matches = ToponymMatching.Match(document, mentions.Select(m => (m.NameStart, m.NameEnd)).ToArray());
            for (var g = 0; g < matches.Length; g++)
            {
                if (matches[g] < 0) continue;
                matched++;
                var (gold, mention) = (document.Toponyms[g], mentions[matches[g]]);
                var chosen = mention.Chosen!;
                if (Geodesy.DistanceKm(chosen.Lat, chosen.Lon, gold.Lat, gold.Lon) < 161) continue;
                far++;
                var kind = chosen.Kind.ToString().ToLowerInvariant();
                bool Right(Place p) => Geodesy.DistanceKm(p.Lat, p.Lon, gold.Lat, gold.Lon) < 161
                                       || p.Kind != PlaceKind.City && p.Covers(gold.Lat, gold.Lon);
                string cause;
                var near = mention.Candidates.FirstOrDefault(p => Geodesy.DistanceKm(p.Lat, p.Lon, gold.Lat, gold.Lon) < 161);
                if (near is null && chosen.Kind != PlaceKind.City && chosen.Covers(gold.Lat, gold.Lon)) cause = "right area, other point";
                else if ((near ?? mention.Candidates.FirstOrDefault(Right)) is { } right)
                {
                    cause = "wrong reading";
                    wrong.Add($"{gold.Name}: chose {chosen} ({chosen.CountryCode}), right {right} ({right.CountryCode}), "
                              + $"{mention.Candidates.Length} candidates");
                }
                else
                {
                    cause = mention.Candidates.Length == 1 ? "no right candidate (one candidate)" : "no right candidate";
                    unfixable.Add($"{gold.Name}: chose {chosen} ({chosen.CountryCode}) at {Geodesy.DistanceKm(chosen.Lat, chosen.Lon, gold.Lat, gold.Lon):0} km, "
                                  + $"{mention.Candidates.Length} candidates");
                }
                counts[$"{kind}: {cause}"] = counts.GetValueOrDefault($"{kind}: {cause}") + 1;
            }
        }
        Console.WriteLine($"matched toponyms {matched}, beyond 161 km {far}");
        foreach (var (key, count) in counts) Console.WriteLine($"  {key}: {count}");
        Console.WriteLine("wrong readings:");
        foreach (var line in wrong) Console.WriteLine("  " + line);
        Console.WriteLine("no right candidate:");
        foreach (var line in unfixable) Console.WriteLine("  " + line);
        return 0;
    }
}
