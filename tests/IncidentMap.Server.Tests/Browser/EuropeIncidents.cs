using System.Text;
using IncidentMap.Geoparsing.Parsing;
using IncidentMap.Geoparsing.Places;
using IncidentMap.Server.Storage;
using StoreBench;

namespace IncidentMap.Server.Tests.Browser;

/// <summary>Synthetic incidents over Europe from the store benchmark's generator (fixed seed), as articles of many
/// incidents parsed by hand, written through the store's own ingest.</summary>
internal static class EuropeIncidents
{
    public static async Task AddAsync(IIncidentStore store, Gazetteer gazetteer, int incidents, int perArticle, CancellationToken cancellationToken)
    {
        var europe = new SyntheticEurope(gazetteer, seed: 42);
        for (var article = 0; article * perArticle < incidents; article++)
        {
            var text = new StringBuilder($"Synthetic report {article}. ");
            var places = new List<PlaceMention>();
            var found = new List<Incident>();
            for (var i = 0; i < Math.Min(perArticle, incidents - article * perArticle); i++)
            {
                var (place, geo) = europe.NextPlace();
                var (type, subtype) = europe.NextSubtype();
                var start = text.Length;
                var sentence = $"Reports of {subtype.Replace('_', ' ')} at {place.Name}.";
                text.Append(sentence).Append(' ');
                var at = start + sentence.LastIndexOf(place.Name, StringComparison.Ordinal);
                places.Add(new PlaceMention(at, at + place.Name.Length, place.Name, place, MentionRole.Location, 0.9));
                found.Add(new Incident(type, subtype, europe.NextDate(), DatePrecision.Day, [places.Count - 1], geo,
                    new TextSpan(start, start + sentence.Length), ["Russia"]));
            }
            var published = new DateOnly(2026, 1, 1);
            var parsed = new NewArticle
            {
                Title = $"Synthetic report {article}",
                Text = text.ToString(),
                Published = published.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc),
                Source = "Synthetic Wire",
                Url = $"https://example.org/synthetic/{article}",
            };
            await store.AddArticleAsync(parsed, new GeoparseResult(published, places, found), cancellationToken);
        }
    }
}
