using System.Text;
using IncidentMap.Geoparsing.Parsing;
using IncidentMap.Geoparsing.Places;
using IncidentMap.Server.Storage;

namespace IncidentMap.Server.Tests.Api;

/// <summary>Articles of many incidents, parsed by hand, to fill a store quickly through its ingest path: one sentence
/// per incident, "Reports of SUBTYPE at PLACE.", each with its place, geo precision and date.</summary>
internal static class SyntheticIncidents
{
    /// <summary>Every (type, subtype) pair, in the typed list's order.</summary>
    public static readonly (string Type, string Subtype)[] Subtypes =
        [.. IncidentTypes.Subtypes.SelectMany(t => t.Value.Select(s => (Type: t.Key, Subtype: s)))];

    /// <summary>One article with the given number of incidents at towns in Poland and Belarus, dated over 2024–2025.</summary>
    public static (NewArticle Article, GeoparseResult Parse) Article(Gazetteer gazetteer, int number, int incidents)
    {
        var towns = gazetteer.OfKind(PlaceKind.City).Where(p => p.CountryCode is "POL" or "BLR").OrderBy(p => p.Id, StringComparer.Ordinal).Take(200).ToArray();
        var random = new Random(number);
        return Report("Synthetic", number, incidents, _ =>
        {
            var town = towns[random.Next(towns.Length)];
            var (type, subtype) = Subtypes[random.Next(Subtypes.Length)];
            return new SyntheticIncident(town, 1, type, subtype, new DateOnly(2024, 1, 1).AddDays(random.Next(731)));
        });
    }

    /// <summary>A report named "<paramref name="series"/> report <paramref name="number"/>" whose incident
    /// <c>i</c> is <paramref name="next"/>(i).</summary>
    public static (NewArticle Article, GeoparseResult Parse) Report(string series, int number, int incidents, Func<int, SyntheticIncident> next)
    {
        var text = new StringBuilder($"{series} report {number}. ");
        var places = new List<PlaceMention>();
        var found = new List<Incident>();
        for (var i = 0; i < incidents; i++)
        {
            var incident = next(i);
            var name = incident.Place.Name;
            var start = text.Length;
            var sentence = $"Reports of {incident.Subtype.Replace('_', ' ')} at {name}.";
            text.Append(sentence).Append(' ');
            var at = start + sentence.LastIndexOf(name, StringComparison.Ordinal);
            places.Add(new PlaceMention(at, at + name.Length, name, incident.Place, MentionRole.Location, 0.9));
            found.Add(new Incident(incident.Type, incident.Subtype, incident.Date, DatePrecision.Day, [places.Count - 1], incident.GeoPrecision,
                new TextSpan(start, start + sentence.Length), ["Russia"]));
        }
        var published = new DateOnly(2026, 1, 1);
        var article = new NewArticle
        {
            Title = $"{series} report {number}",
            Text = text.ToString(),
            Published = published.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc),
            Source = "Synthetic Wire",
            Url = $"https://example.org/{series.ToLowerInvariant()}/{number}",
        };
        return (article, new GeoparseResult(published, places, found));
    }
}

/// <summary>One incident of a synthetic report: where, how precisely, what and when (null: undated).</summary>
internal sealed record SyntheticIncident(Place Place, int GeoPrecision, string Type, string Subtype, DateOnly? Date);
