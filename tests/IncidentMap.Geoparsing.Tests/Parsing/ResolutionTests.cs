namespace IncidentMap.Geoparsing.Tests.Parsing;

public sealed class ResolutionTests
{
    [Fact]
    public void ArticleGeography_PicksTheStateOverTheCountry()
    {
        var result = ParseAssertions.Parse("Storms hit Atlanta on Monday. Across Georgia, schools closed.");

        Assert.Equal("admin1:US-GA", result.Mention("Georgia").Place.Id);
    }

    [Fact]
    public void WithoutContext_ProminencePicksTheCountry()
    {
        var result = ParseAssertions.Parse("Talks were held in Georgia.");

        var georgia = result.Mention("Georgia");
        Assert.Equal("country:GEO", georgia.Place.Id);
        Assert.Equal("admin1:US-GA", georgia.RunnerUp?.Id);
        Assert.InRange(georgia.Score, 0.5, 1.0);
    }

    [Fact]
    public void CommaContainment_PicksTheTownInsideTheRegion()
    {
        var result = ParseAssertions.Parse("A clinic opened in London, Kentucky, last week.");

        Assert.Equal("city:4298960", result.Mention("London").Place.Id);
    }

    [Fact]
    public void Prominence_PicksTheCapitalForABareName()
    {
        var result = ParseAssertions.Parse("Flights to London were cancelled.");

        Assert.Equal("city:2643743", result.Mention("London").Place.Id);
    }

    [Fact]
    public void OneSensePerName_AllOccurrencesResolveAlike()
    {
        var result = ParseAssertions.Parse("Storms hit Atlanta. In Georgia, schools closed. Georgia officials said more rain is due.");

        Assert.All(result.Places.Where(p => p.Text == "Georgia"), p => Assert.Equal("admin1:US-GA", p.Place.Id));
    }

    [Fact]
    public void RegionNoun_AsksForTheRegionNotTheCity()
    {
        var result = ParseAssertions.Parse("Fighting spread in the Dnipropetrovsk region and near Dnipropetrovsk itself.");

        Assert.Equal("admin1:UA-12", result.Mention("Dnipropetrovsk region").Place.Id);
    }
}
