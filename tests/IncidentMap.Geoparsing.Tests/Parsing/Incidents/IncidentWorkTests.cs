using System.Text;
using IncidentMap.Geoparsing.Parsing;

namespace IncidentMap.Geoparsing.Tests.Parsing.Incidents;

/// <summary>Run-on text full of event words costs work linear in its length and keeps every incident well formed.</summary>
public sealed class IncidentWorkTests
{
    [Theory]
    [InlineData("strikes attack clashes shelling protest troops deployed fighting ")]
    [InlineData("Troops captured Kyiv; ")]
    [InlineData("Gunmen killed 20 villagers in Kyiv on Friday, and ")]
    [InlineData("Russian drones struck Kharkiv on Friday. ")]
    [InlineData("protesters clashed with police, three of which were arrested, sparking ")]
    public void EventWordsRepeated_CostWorkLinearInTheirLength(string unit)
    {
        var (small, _) = Work(unit, 200);
        var (large, result) = Work(unit, 1600);

        // Eight times the text may cost at most ten times the work; a quadratic step would cost sixty-four.
        Assert.InRange(large, 0, small * 10);
        Assert.All(result.Incidents, i => Assert.All(i.Places, p => Assert.InRange(p, 0, result.Places.Count - 1)));
    }

    [Fact]
    public void ManyReportsOfOneHappening_AreOneIncident()
    {
        var (_, result) = Work("Russian drones struck Kharkiv on Friday. ", 400);

        var strike = Assert.Single(result.Incidents);
        Assert.Equal(400, strike.Evidence!.Reports);
    }

    private static (long Work, GeoparseResult Result) Work(string unit, int copies)
    {
        var text = new StringBuilder(unit.Length * copies).Insert(0, unit, copies).ToString();
        var result = EventGazetteer.Parser.Parse(text, EventGazetteer.ArticleDate, out var work);
        return (work, result);
    }
}
