using System.Text;
using IncidentMap.Geoparsing.Parsing;
using IncidentMap.Server.Storage;

namespace IncidentMap.Server.Tests.Storage;

/// <summary>One incident of a report, parsed by hand against <see cref="StoreTestData.Gazetteer"/>.</summary>
internal sealed record EventLine(string Sentence, string Mention, string PlaceId, string Type, string Subtype, DateOnly Date,
    DatePrecision Precision = DatePrecision.Day, int Geo = 1);

/// <summary>News reports of a few happenings around Poland, for event grouping on both stores.</summary>
internal static class EventTestData
{
    public static readonly DateOnly Wednesday = new(2025, 10, 1);

    public static (NewArticle Article, GeoparseResult Parse) Report(string outlet, string slug, params EventLine[] lines)
    {
        var text = new StringBuilder();
        var places = new List<PlaceMention>();
        var incidents = new List<Incident>();
        foreach (var line in lines)
        {
            var start = text.Length;
            text.Append(line.Sentence).Append(' ');
            var at = start + line.Sentence.IndexOf(line.Mention, StringComparison.Ordinal);
            places.Add(new PlaceMention(at, at + line.Mention.Length, line.Mention, StoreTestData.Gazetteer.Get(line.PlaceId)!, MentionRole.Location, 0.9));
            incidents.Add(new Incident(line.Type, line.Subtype, line.Date, line.Precision, [places.Count - 1], line.Geo,
                new TextSpan(start, start + line.Sentence.Length), ["Russia"]));
        }
        var article = new NewArticle
        {
            Title = lines[0].Sentence,
            Text = text.ToString().TrimEnd(),
            Published = Wednesday.ToDateTime(new TimeOnly(18, 0), DateTimeKind.Utc),
            Source = outlet,
            Url = $"https://{outlet.ToLowerInvariant().Replace(' ', '-')}.example/{slug}",
        };
        return (article, new GeoparseResult(Wednesday, places, incidents));
    }

    public static EventLine ShotDownOverWarsaw(string sentence) =>
        new(sentence, "Warsaw", "city:756135", IncidentTypes.AirspaceIncidents, "drone_shot_down", Wednesday);

    public static EventLine DronesInPolishAirspaceThisWeek(string sentence) =>
        new(sentence, "Polish airspace", "airspace:POL", IncidentTypes.AirspaceIncidents, "airspace_violation", new DateOnly(2025, 9, 29), DatePrecision.Week, 3);

    public static EventLine TroopsNearBiala(string sentence) =>
        new(sentence, "Biała Podlaska", "city:776069", IncidentTypes.StrategicDevelopments, "troop_deployment", Wednesday);

    /// <summary>Six reports of two happenings: a drone shot down over Warsaw (two outlets, a vague report of drones in
    /// Polish airspace that week, and a second outlet's copy of the first story) and troops near Biała Podlaska (two outlets).</summary>
    public static IReadOnlyList<(NewArticle Article, GeoparseResult Parse)> TwoHappenings() =>
    [
        Report("Outlet A", "drone", ShotDownOverWarsaw("A drone was shot down over Warsaw on Wednesday.")),
        Report("Outlet B", "warsaw", ShotDownOverWarsaw("Air defences downed a drone above Warsaw on Wednesday.")),
        Report("Outlet C", "airspace", DronesInPolishAirspaceThisWeek("Drones entered Polish airspace this week.")),
        Report("Outlet D", "troops", TroopsNearBiala("Troops were deployed near Biała Podlaska on Wednesday.")),
        Report("Outlet E", "army", TroopsNearBiala("Soldiers arrived near Biała Podlaska on Wednesday.")),
        Report("Outlet F", "copy", ShotDownOverWarsaw("A drone was shot down over Warsaw on Wednesday.")),
    ];
}
