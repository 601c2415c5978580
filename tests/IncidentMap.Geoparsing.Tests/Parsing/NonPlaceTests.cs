namespace IncidentMap.Geoparsing.Tests.Parsing;

public sealed class NonPlaceTests
{
    [Theory]
    [InlineData("US President Donald Trump warned Moscow.", "Trump", "Moscow", "city:524901")]
    [InlineData("Polish Prime Minister Donald Tusk said it was no mistake. Tusk added more in Warsaw.", "Tusk", "Warsaw", "city:756135")]
    [InlineData("Trump told the Fox television in Atlanta he was patient.", "Fox", "Atlanta", "city:4180439")]
    [InlineData("The Russian and Belarusian \"Zapad\" military exercises began in Belarus.", "Zapad", "Belarus", "country:BLR")]
    [InlineData("Russia said on Friday that it was ready.", "Friday", "Russia", "country:RUS")]
    [InlineData("Police said the road to Minsk was closed.", "Police", "Minsk", "city:625144")]
    public void NonPlaces_AreNotMentions_ThePlaceBesideThemIs(string text, string name, string place, string id)
    {
        var result = ParseAssertions.Parse(text);

        Assert.DoesNotContain(result.Places, p => p.Text == name);
        Assert.Equal(id, result.Mention(place).Place.Id);
    }

    [Fact]
    public void PossessiveTownAfterAnIndefiniteArticle_IsAnOwnerEvenAfterAPreposition()
    {
        var owner = ParseAssertions.Parse("Everyone who ate at a Suba's market in Atlanta on Friday should see a doctor.");
        var place = ParseAssertions.Parse("Everyone who ate at Suba's market in Atlanta on Friday should see a doctor.");

        Assert.Equal(["city:4180439"], owner.Ids());
        Assert.Contains(place.Places, p => p.Text == "Suba");
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
        var result = ParseAssertions.Parse("When Putin wants it, (President Volodymyr) Zelensky didn't. Then Kremlin spokesman Dmitry Peskov spoke in Moscow.");

        Assert.Equal(["city:524901"], result.Ids());
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
        var bare = ParseAssertions.Parse("The Fox report was read by officials in Kentucky.");
        var supported = ParseAssertions.Parse("The storm hit houses in Savannah on Friday.");

        Assert.Equal(["admin1:US-KY"], bare.Ids());
        Assert.Equal("city:4212995", supported.Mention("Savannah").Place.Id);
    }

    [Fact]
    public void TownNameOfACompanyOrSchool_IsNotAPlace()
    {
        var result = ParseAssertions.Parse("Pupils of the Savannah Science Magnet School in Atlanta fell ill.");

        Assert.Equal(["city:4180439"], result.Ids());
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
        var result = ParseAssertions.Parse("Doctors in Savannah confirmed a case of Atlanta virus on Monday.");

        Assert.Equal(["city:4212995"], result.Ids());
    }

    [Fact]
    public void CountyWithoutAGazetteerEntry_DoesNotFallBackToTheTown()
    {
        var result = ParseAssertions.Parse("Eggs were distributed from Savannah County farms across Kentucky.");

        Assert.Equal(["admin1:US-KY"], result.Ids());
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
        Assert.Equal("region:European Union", Assert.Single(parser.Parse("Cases rose in the European Union.").Places).Place.Id);
    }
}
