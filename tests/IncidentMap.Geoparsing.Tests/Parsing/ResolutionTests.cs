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

    [Fact]
    public void ListOfCountries_ReadsTheAmbiguousMemberAsACountry()
    {
        // Without the list, "Niger, Nigeria" reads like "Pandi, Bulacan": Niger State inside Nigeria.
        var result = ParseAssertions.Parse("Flooding also hit Benin, Niger, Nigeria and Togo.");

        Assert.Equal("country:NER", result.Mention("Niger").Place.Id);
    }

    [Fact]
    public void ListOfStates_ReadsWashingtonAsTheState()
    {
        var result = ParseAssertions.Parse("Cases were confirmed in Oregon, Utah, Washington and Kentucky.");

        Assert.Equal("admin1:US-WA", result.Mention("Washington").Place.Id);
    }

    [Fact]
    public void BareWashington_IsTheCapital()
    {
        var result = ParseAssertions.Parse("The delegation arrived in Washington on Monday.");

        Assert.Equal("city:4140963", result.Mention("Washington").Place.Id);
    }

    [Fact]
    public void StateOf_AsksForTheDivision()
    {
        var result = ParseAssertions.Parse("The first case was found in the state of Washington in December.");

        Assert.Equal("admin1:US-WA", result.Mention("Washington").Place.Id);
    }

    [Fact]
    public void AlternateName_YieldsToThePlaceThatBearsTheName()
    {
        // GeoNames lists "Suba" among Suva's alternate names and "Rome" among Washington's.
        Assert.Equal("city:9000007", ParseAssertions.Parse("Cholera cases were reported in Suba.").Mention("Suba").Place.Id);
        Assert.Equal("city:3169070", ParseAssertions.Parse("Officials in Atlanta and Savannah said the Pope left Rome on Monday.").Mention("Rome").Place.Id);
    }

    [Fact]
    public void InContainment_PicksTheTownInsideTheNamedProvince()
    {
        var result = ParseAssertions.Parse("The city of Fuyang in Anhui province was especially hard-hit by the outbreak.");

        Assert.Equal("city:1810845", result.Mention("Fuyang").Place.Id);
    }

    [Fact]
    public void CountryName_BeatsItsOwnNamesakeDivision()
    {
        var result = ParseAssertions.Parse("Cases rose in Toluca and Guadalajara. Mexico has closed its schools.");

        Assert.Equal("country:MEX", result.Mention("Mexico").Place.Id);
    }

    [Fact]
    public void StateInTheSameSentence_PicksTheTownInsideIt()
    {
        var result = ParseAssertions.Parse("Storms in Kentucky flooded the roads around London on Monday.");

        Assert.Equal("city:4298960", result.Mention("London").Place.Id);
    }

    [Fact]
    public void ProvinceNamedAfterItsGreatCity_YieldsToTheCity()
    {
        var result = ParseAssertions.Parse("Protesters marched to Giza on Friday.");

        Assert.Equal("city:360995", result.Mention("Giza").Place.Id);
        Assert.Equal("admin1:EG-GZ", result.Mention("Giza").RunnerUp?.Id);
    }

    [Fact]
    public void RegionInsideOneCountry_CountsForItsCountry()
    {
        var result = ParseAssertions.Parse("Snow fell across New England. Schools in Georgia closed.");

        Assert.Equal("admin1:US-GA", result.Mention("Georgia").Place.Id);
    }

    [Fact]
    public void HamletNamedAfterANation_NeedsMoreThanTheArticlesCountry()
    {
        var result = ParseAssertions.Parse("Storms hit Atlanta and Savannah on Monday. The case was later diagnosed in England.");

        Assert.Equal("region:GBR:England", result.Mention("England").Place.Id);
    }
}
