using IncidentMap.Geoparsing.Parsing;
using IncidentMap.Server.Events;

namespace IncidentMap.Server.Tests.Events;

/// <summary>Which incidents report the same happening, on hand-built incidents around Kharkiv (50.00 N, 36.23 E).</summary>
public sealed class EventGroupingTests
{
    private const string _strike = IncidentTypes.RemoteViolence;
    private static readonly DateOnly _monday = new(2025, 9, 15);
    private static long _next;

    private static EventMember Report(long article, double lat = 50.00, double lon = 36.23, int geo = 1, DateOnly? date = null,
        DatePrecision precision = DatePrecision.Day, string type = _strike, string subtype = "air_drone_strike", string[]? countries = null, string? place = "Kharkiv") =>
        new(Interlocked.Increment(ref _next), article, type, subtype, date ?? _monday, precision, geo, lon, lat, place, countries ?? ["UKR"], null);

    [Fact]
    public void Linked_SameTownSameDayInTwoArticles()
    {
        Assert.True(EventRules.Linked(Report(1), Report(2, lat: 50.10, subtype: "missile_attack")));
        Assert.False(EventRules.Linked(Report(1), Report(1)));
        Assert.False(EventRules.Linked(Report(1), Report(2, date: _monday.AddDays(1))));
        Assert.False(EventRules.Linked(Report(1), Report(2, lat: 50.25)));
        Assert.False(EventRules.Linked(Report(1), Report(2, type: IncidentTypes.Battles, subtype: "armed_clash")));
    }

    [Fact]
    public void Linked_StrategicDevelopmentsNeedTheSameSubtype()
    {
        var drills = Report(1, type: IncidentTypes.StrategicDevelopments, subtype: "military_exercise");
        Assert.True(EventRules.Linked(drills, Report(2, type: IncidentTypes.StrategicDevelopments, subtype: "military_exercise")));
        Assert.False(EventRules.Linked(drills, Report(2, type: IncidentTypes.StrategicDevelopments, subtype: "troop_deployment")));
    }

    [Fact]
    public void Linked_CoarserReportsMeetWithinWhatTheirPrecisionAllows()
    {
        var town = Report(1);
        Assert.True(EventRules.Linked(town, Report(2, lat: 49.2, geo: 2, place: "Kharkiv Oblast")));
        Assert.False(EventRules.Linked(town, Report(2, lat: 49.2, geo: 2, countries: ["RUS"])));
        Assert.True(EventRules.Linked(town, Report(2, lat: 49.0, lon: 31.4, geo: 3, place: "Ukraine")));
        Assert.True(EventRules.Linked(town, Report(2, precision: DatePrecision.Week, geo: 3)));
        Assert.True(EventRules.Linked(town, Report(2, date: new DateOnly(2025, 9, 1), precision: DatePrecision.Month, geo: 3)));
        Assert.False(EventRules.Linked(town, Report(2, date: new DateOnly(2025, 8, 1), precision: DatePrecision.Month, geo: 3)));
        Assert.False(EventRules.Linked(town, Report(2, lat: 61, lon: 105, geo: 3, countries: ["RUS"], place: "Russia")));
    }

    [Fact]
    public void Group_ACoarseReportLinkedToTwoStrikes_MergesNeither()
    {
        var kharkiv = new[] { Report(1), Report(2) };
        var izium = new[] { Report(3, lat: 49.21, lon: 37.26, place: "Izium"), Report(4, lat: 49.21, lon: 37.26, place: "Izium") };
        var vague = Report(5, lat: 49.0, lon: 31.4, geo: 3, precision: DatePrecision.Week, place: "Ukraine");
        var vagueAgain = Report(6, lat: 49.0, lon: 31.4, geo: 3, precision: DatePrecision.Week, place: "Ukraine");

        var groups = EventGrouping.Group([.. kharkiv, .. izium, vague, vagueAgain]);

        Assert.Equal(3, groups.Count);
        Assert.Contains(groups, g => g.Select(m => m.IncidentId).SequenceEqual(kharkiv.Select(m => m.IncidentId)));
        Assert.Contains(groups, g => g.Select(m => m.IncidentId).SequenceEqual(izium.Select(m => m.IncidentId)));
        Assert.Contains(groups, g => g.Select(m => m.IncidentId).SequenceEqual([vague.IncidentId, vagueAgain.IncidentId]));
    }

    [Fact]
    public void Group_ACoarseReportOfOneStrike_JoinsIt()
    {
        var strike = new[] { Report(1), Report(2) };
        var vague = Report(3, lat: 49.0, lon: 31.4, geo: 3, precision: DatePrecision.Week, place: "Ukraine");

        var group = Assert.Single(EventGrouping.Group([.. strike, vague]));

        Assert.Equal(3, group.Count);
    }

    [Fact]
    public void Group_AnyOrderOfTheSameIncidents_GivesTheSameEvents()
    {
        var random = new Random(7);
        var members = new List<EventMember>();
        for (var article = 1; article <= 30; article++)
        {
            var town = random.Next(4);
            members.Add(Report(article, lat: 50 + town * 0.5 + random.NextDouble() * 0.1, date: _monday.AddDays(random.Next(3)),
                geo: random.Next(5) == 0 ? 2 : 1, precision: random.Next(6) == 0 ? DatePrecision.Week : DatePrecision.Day,
                subtype: random.Next(2) == 0 ? "shelling" : "air_drone_strike"));
        }
        static string Canonical(IEnumerable<List<EventMember>> groups) =>
            string.Join(" | ", groups.Select(g => string.Join(",", g.Select(m => m.IncidentId).Order())).Order(StringComparer.Ordinal));

        var expected = Canonical(EventGrouping.Group(members));
        for (var trial = 0; trial < 50; trial++)
        {
            Assert.Equal(expected, Canonical(EventGrouping.Group([.. members.OrderBy(_ => random.Next())])));
        }
        Assert.Contains(" | ", expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_TheMorePreciseReportSetsThePlaceAndTheDate()
    {
        var vague = Report(1, lat: 49.0, lon: 31.4, geo: 3, date: new DateOnly(2025, 9, 15), precision: DatePrecision.Week, place: "Ukraine");
        var precise = Report(2, date: _monday.AddDays(1), subtype: "missile_attack");
        var again = Report(3, date: _monday.AddDays(1), subtype: "missile_attack");

        var summary = EventSummary.Of([vague, precise, again]);

        Assert.Equal(("Kharkiv", 1, 50.00, 36.23), (summary.PlaceName, summary.GeoPrecision, summary.Lat, summary.Lon));
        Assert.Equal((_monday.AddDays(1), DatePrecision.Day), (summary.Date, summary.DatePrecision));
        Assert.Equal("missile_attack", summary.Subtype);
        var permuted = EventSummary.Of([again, vague, precise]);
        Assert.Equal((summary.PlaceName, summary.Date, summary.Subtype, summary.Lat, summary.Lon), (permuted.PlaceName, permuted.Date, permuted.Subtype, permuted.Lat, permuted.Lon));
        Assert.Equal(summary.IncidentIds, permuted.IncidentIds);
    }
}
