using System.Text;
using IncidentMap.Geoparsing.Parsing;
using IncidentMap.Geoparsing.Places;
using IncidentMap.Server.Storage;

namespace IncidentMap.Server.Tests.Api;

/// <summary>Articles of many incidents at real gazetteer towns, parsed by hand, to fill a store quickly through its
/// ingest path.</summary>
internal static class SyntheticIncidents
{
    /// <summary>One article with the given number of incidents at towns in Poland and Belarus, dated over 2024–2025.</summary>
    public static (NewArticle Article, GeoparseResult Parse) Article(Gazetteer gazetteer, int number, int incidents)
    {
        var towns = gazetteer.OfKind(PlaceKind.City).Where(p => p.CountryCode is "POL" or "BLR").OrderBy(p => p.Id, StringComparer.Ordinal).Take(200).ToArray();
        var subtypes = IncidentTypes.Subtypes.SelectMany(t => t.Value.Select(s => (Type: t.Key, Subtype: s))).ToArray();
        var random = new Random(number);
        var text = new StringBuilder($"Synthetic report {number}. ");
        var places = new List<PlaceMention>();
        var found = new List<Incident>();
        for (var i = 0; i < incidents; i++)
        {
            var town = towns[random.Next(towns.Length)];
            var (type, subtype) = subtypes[random.Next(subtypes.Length)];
            var start = text.Length;
            var sentence = $"Reports of {subtype.Replace('_', ' ')} at {town.Name}.";
            text.Append(sentence).Append(' ');
            var at = start + sentence.IndexOf(town.Name, StringComparison.Ordinal);
            places.Add(new PlaceMention(at, at + town.Name.Length, town.Name, town, MentionRole.Location, 0.9));
            found.Add(new Incident(type, subtype, new DateOnly(2024, 1, 1).AddDays(random.Next(731)), DatePrecision.Day, [places.Count - 1], 1,
                new TextSpan(start, start + sentence.Length), ["Russia"]));
        }
        var published = new DateOnly(2026, 1, 1);
        var article = new NewArticle
        {
            Title = $"Synthetic report {number}",
            Text = text.ToString(),
            Published = published.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc),
            Source = "Synthetic Wire",
            Url = $"https://example.org/synthetic/{number}",
        };
        return (article, new GeoparseResult(published, places, found));
    }
}
