using System.Text.Json;
using IncidentMap.Geoparsing.Parsing;
using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Bench.Resolver;

/// <summary>Recognition and resolution figures over a set of documents, counted as score.py counts them.</summary>
internal sealed class Evaluation
{
    public int TruePositives { get; private set; }

    public int FalsePositives { get; private set; }

    public int FalseNegatives { get; private set; }

    public int Within161Km { get; private set; }

    /// <summary>The predictions, one line per document in the scorer's format.</summary>
    public List<string> PredictionLines { get; } = [];

    public double F1 => 2.0 * TruePositives / Math.Max(1, 2 * TruePositives + FalsePositives + FalseNegatives);

    public double Acc161 => (double)Within161Km / Math.Max(1, TruePositives);

    /// <summary>Parses each document and counts its matches.</summary>
    public void Add(Geoparser parser, IEnumerable<GoldDocument> documents)
    {
        foreach (var document in documents)
        {
            var places = parser.Parse(document.Text).Places.Where(p => p.NameStart is not null).ToArray();
            var spans = places.Select(p => (p.NameStart!.Value, p.NameEnd!.Value)).ToArray();
            var matches = ToponymMatching.Match(document, spans);
            var matched = 0;
            for (var g = 0; g < matches.Length; g++)
            {
                if (matches[g] < 0)
                {
                    FalseNegatives++;
                    continue;
                }
                matched++;
                var place = places[matches[g]].Place;
                var gold = document.Toponyms[g];
                if (Geodesy.DistanceKm(place.Lat, place.Lon, gold.Lat, gold.Lon) < 161) Within161Km++;
            }
            TruePositives += matched;
            FalsePositives += places.Length - matched;
            PredictionLines.Add(JsonSerializer.Serialize(new
            {
                id = document.Id,
                toponyms = places.Select(p => new
                {
                    start = p.NameStart,
                    end = p.NameEnd,
                    name = document.Text[p.NameStart!.Value..p.NameEnd!.Value],
                    lat = Math.Round(p.Place.Lat, 5),
                    lon = Math.Round(p.Place.Lon, 5),
                }),
            }));
        }
    }
}
