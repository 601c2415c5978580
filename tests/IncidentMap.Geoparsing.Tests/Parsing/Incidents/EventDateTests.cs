using CsCheck;
using IncidentMap.Geoparsing.Parsing;

namespace IncidentMap.Geoparsing.Tests.Parsing.Incidents;

/// <summary>Event dates from the clause's time words: what each resolves to, what makes a time background or future,
/// and totality at both ends of the calendar.</summary>
public sealed class EventDateTests
{
    private const string _event = "Troops were deployed in the Grodno region ";

    private static Incident Deployment(string time, DateOnly articleDate) =>
        Assert.Single(EventGazetteer.Parser.Parse(_event + time + ".", articleDate).Incidents, i => i.Subtype == "troop_deployment");

    [Theory]
    [InlineData("last night", "2025-09-11", DatePrecision.Day)]
    [InlineData("this morning", "2025-09-12", DatePrecision.Day)]
    [InlineData("three days ago", "2025-09-09", DatePrecision.Day)]
    [InlineData("on December 5, 2024", "2024-12-05", DatePrecision.Day)]
    [InlineData("on 5 September", "2025-09-05", DatePrecision.Day)]
    [InlineData("on September 3rd", "2025-09-03", DatePrecision.Day)]
    [InlineData("last week", "2025-09-01", DatePrecision.Week)]
    [InlineData("earlier this month", "2025-09-01", DatePrecision.Month)]
    [InlineData("last month", "2025-08-01", DatePrecision.Month)]
    [InlineData("on Saturday", "2025-09-06", DatePrecision.Day)]
    public void TimeWords_ResolveAgainstTheArticleDate(string time, string date, DatePrecision precision)
    {
        var incident = Deployment(time, EventGazetteer.ArticleDate);

        Assert.Equal((DateOnly.ParseExact(date, "yyyy-MM-dd"), precision), (incident.Date!.Value, incident.DatePrecision));
        Assert.Equal(time.Replace("on ", "", StringComparison.Ordinal), incident.Evidence!.Time);
    }

    [Theory]
    [InlineData("in 2016")]
    [InlineData("since 2014")]
    [InlineData("two years ago")]
    [InlineData("last year")]
    [InlineData("in the 1990s")]
    [InlineData("on December 5, 2023")]
    [InlineData("during the Cold War")]
    public void BackgroundTime_MakesNoIncident(string time)
    {
        var result = EventGazetteer.Parse(_event + time + ". Military drills began in the Grodno region on Friday.");

        Assert.Equal("military_exercise", Assert.Single(result.Incidents).Subtype);
    }

    [Theory]
    [InlineData("tomorrow")]
    [InlineData("next week")]
    [InlineData("next Friday")]
    [InlineData("later this month")]
    public void FutureTime_MakesNoIncident(string time)
    {
        var result = EventGazetteer.Parse("Troops will be deployed in the Grodno region " + time + ". Military drills began in the Grodno region on Friday.");

        Assert.Equal("military_exercise", Assert.Single(result.Incidents).Subtype);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("on Sunday")]
    [InlineData("last week")]
    [InlineData("last month")]
    [InlineData("in December")]
    [InlineData("on December 5")]
    [InlineData("three days ago")]
    [InlineData("two weeks ago")]
    [InlineData("last night")]
    public void FirstDayOfTheCalendar_StopsAtIt(string time)
    {
        var incident = Deployment(time, DateOnly.MinValue);

        Assert.Equal(DateOnly.MinValue, incident.Date);
    }

    [Theory]
    [InlineData("next week")]
    [InlineData("next month")]
    [InlineData("next Friday")]
    [InlineData("tomorrow")]
    [InlineData("later this week")]
    public void LastDayOfTheCalendar_NeverThrowsOnTheFuture(string time)
    {
        var result = EventGazetteer.Parser.Parse("Troops will be deployed in the Grodno region " + time + ". Troops were deployed in the Grodno region today.", DateOnly.MaxValue);

        Assert.Equal(DateOnly.MaxValue, Assert.Single(result.Incidents).Date);
    }

    [Fact]
    public void AnyArticleDateAndTimeWords_NeverThrow()
    {
        string[] times = ["yesterday", "on Sunday", "last week", "last month", "in December", "on December 5", "December 31, 2024",
            "next week", "next Friday", "next month", "tomorrow", "this week", "three days ago", "two weeks ago", "5 May", "last night",
            "later this month", "in 2016", "since 1999"];
        Gen.Select(Gen.Int[DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber], Gen.Int[0, times.Length - 1])
            .Sample((day, t) =>
            {
                var result = EventGazetteer.Parser.Parse(_event + times[t] + ".", DateOnly.FromDayNumber(day));
                Assert.All(result.Incidents, i => Assert.NotNull(i.Date));
            }, iter: 2000);
    }
}
