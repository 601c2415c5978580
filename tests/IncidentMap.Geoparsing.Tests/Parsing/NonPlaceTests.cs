namespace IncidentMap.Geoparsing.Tests.Parsing;

public sealed class NonPlaceTests
{
    [Theory]
    [InlineData("US President Donald Trump warned Moscow.", "Trump")]
    [InlineData("Polish Prime Minister Donald Tusk said it was no mistake. Tusk added more.", "Tusk")]
    [InlineData("Trump told the Fox television he was patient.", "Fox")]
    [InlineData("The Russian and Belarusian \"Zapad\" military exercises began.", "Zapad")]
    [InlineData("Russia said on Friday that it was ready.", "Friday")]
    [InlineData("Police said the road was closed.", "Police")]
    public void NonPlaces_AreNotMentions(string text, string name)
    {
        var result = ParseAssertions.Parse(text);

        Assert.DoesNotContain(result.Places, p => p.Text == name);
    }

    [Fact]
    public void SurnameAfterFirstMention_StaysAPerson()
    {
        var result = ParseAssertions.Parse("Donald Trump spoke. Later Trump's aides went to Atlanta.");

        Assert.DoesNotContain(result.Places, p => p.Text.Contains("Trump", StringComparison.Ordinal));
        Assert.Contains("city:4180439", result.Ids());
    }

    [Fact]
    public void TitledNameInsideParentheses_IsAPerson()
    {
        var result = ParseAssertions.Parse("When Putin wants it, (President Volodymyr) Zelensky didn't. Then Kremlin spokesman Dmitry Peskov spoke.");

        Assert.Empty(result.Places);
    }

    [Fact]
    public void OrganisationAcronym_IsNotAPlaceButAnActor()
    {
        var result = ParseAssertions.Parse("Drones flew through Polish airspace and NATO jets downed three of them.");

        Assert.DoesNotContain(result.Places, p => p.Text == "NATO");
        Assert.Contains("NATO", result.Incident("drone_shot_down").Actors);
    }

    [Fact]
    public void RareHomonymTown_NeedsTheTextsSupport()
    {
        var bare = ParseAssertions.Parse("The Fox report was read by officials.");
        var supported = ParseAssertions.Parse("The storm hit houses in Savannah on Friday.");

        Assert.Empty(bare.Places);
        Assert.Equal("city:4212995", supported.Mention("Savannah").Place.Id);
    }

    [Fact]
    public void TownNameOfACompanyOrSchool_IsNotAPlace()
    {
        var result = ParseAssertions.Parse("Pupils of the Savannah Science Magnet School fell ill.");

        Assert.Empty(result.Places);
    }

    [Fact]
    public void PlaceNamingAGovernmentBody_IsStillAPlace()
    {
        var result = ParseAssertions.Parse("The Kentucky Department of Public Health confirmed the cases.");

        Assert.Equal("admin1:US-KY", result.Mention("Kentucky").Place.Id);
    }

    [Fact]
    public void PathogenNamedAfterAPlace_IsNotAPlace()
    {
        var result = ParseAssertions.Parse("Doctors confirmed a case of Atlanta virus on Monday.");

        Assert.Empty(result.Places);
    }

    [Fact]
    public void CountyWithoutAGazetteerEntry_DoesNotFallBackToTheTown()
    {
        var result = ParseAssertions.Parse("Eggs were distributed from Savannah County farms.");

        Assert.Empty(result.Places);
    }

    [Fact]
    public void UnionOfStates_IsAnActorUnlessSomethingHappensInIt()
    {
        var gazetteer = new Geoparsing.Places.Gazetteer(
        [
            new Geoparsing.Places.Place(GeometryFactories.Wgs84.CreatePoint(new NetTopologySuite.Geometries.Coordinate(10, 50)))
            {
                Id = "region:European Union", Kind = Geoparsing.Places.PlaceKind.Region, Name = "European Union",
                Names = ["European Union"], Lat = 50, Lon = 10,
            },
        ]);
        var parser = new Geoparsing.Parsing.Geoparser(gazetteer);

        Assert.Empty(parser.Parse("The European Union said it would send aid.").Places);
        Assert.Single(parser.Parse("Cases rose in the European Union.").Places);
    }
}
