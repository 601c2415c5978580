using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Geoparsing.Tests.Parsing;

public sealed class RecognitionTests
{
    [Fact]
    public void PossessiveCountryAndRegionNoun_GiveTheAdmin1WithTheRegionSpan()
    {
        var result = ParseAssertions.Parse("Part of the exercises takes place in Belarus's Grodno region, Minsk said.");

        var grodno = result.Mention("Grodno region");
        Assert.Equal("admin1:BY-HR", grodno.Place.Id);
        Assert.Equal("Grodno", "Part of the exercises takes place in Belarus's Grodno region, Minsk said."[grodno.NameStart!.Value..grodno.NameEnd!.Value]);
        Assert.Contains("country:BLR", result.Ids());
    }

    [Fact]
    public void DirectionAdjectiveBetweenPossessiveAndRegion_StillConstrainsTheCountry()
    {
        var result = ParseAssertions.Parse("Russia claimed to have captured a settlement in Ukraine's central Dnipropetrovsk region.");

        Assert.Equal("admin1:UA-12", result.Mention("Dnipropetrovsk region").Place.Id);
    }

    [Fact]
    public void DemonymWithAirspace_IsTheCountrysAirspace()
    {
        var result = ParseAssertions.Parse("Russian drones were downed in Polish airspace this week.");

        Assert.Equal("airspace:POL", result.Mention("Polish airspace").Place.Id);
        Assert.Null(result.Mention("Polish airspace").NameStart);
        Assert.DoesNotContain(result.Places, p => p.Text == "Russian");
    }

    [Fact]
    public void ItsAirspace_RefersToTheCountryNamedBefore()
    {
        var result = ParseAssertions.Parse("Poland said Wednesday that 19 Russian drones had flown through its airspace.");

        Assert.Equal("airspace:POL", result.Mention("its airspace").Place.Id);
    }

    [Fact]
    public void CountryPossessiveAirspace_IsOneAirspaceMention()
    {
        var result = ParseAssertions.Parse("The jets entered Lithuania's airspace.");

        Assert.Equal("airspace:LTU", result.Mention("Lithuania's airspace").Place.Id);
    }

    [Fact]
    public void SeaList_GivesOneSeaPerNameNotTheBalticStates()
    {
        var result = ParseAssertions.Parse("Ships had also been deployed in the Baltics and Barents seas.");

        Assert.Equal(["sea:Baltic Sea", "sea:Barents Sea"], result.Ids());
        Assert.Equal("Baltics", result.Places[0].Text);
    }

    [Fact]
    public void BorderWithCountry_PairsWithTheCountryTheSentenceIsAbout()
    {
        var result = ParseAssertions.Parse("Poland said 40,000 troops would be stationed near the border with Belarus.");

        var border = result.Mention("border with Belarus");
        Assert.Equal("border:BLR-POL", border.Place.Id);
        Assert.Equal(PlaceKind.Border, border.Place.Kind);
    }

    [Fact]
    public void HyphenatedDemonymBorder_IsTheBorderOfBothCountries()
    {
        var result = ParseAssertions.Parse("Troops gathered at the Polish-Belarusian border.");

        Assert.Equal("border:BLR-POL", result.Mention("Polish-Belarusian border").Place.Id);
    }

    [Fact]
    public void TwoDemonymsSharingAirspace_GiveTwoAirspaces()
    {
        var result = ParseAssertions.Parse("Flights avoided Lithuanian and Latvian airspace.");

        Assert.Equal(["airspace:LTU", "airspace:LVA"], result.Ids());
    }

    [Fact]
    public void DemonymWithoutPlaceNoun_IsAnActorNotAPlace()
    {
        var result = ParseAssertions.Parse("Polish Prime Minister Donald Tusk said Russian drones were a threat to Lithuania.");

        Assert.Equal(["country:LTU"], result.Ids());
    }

    [Fact]
    public void MultiWordName_TakesTheLongestMatch()
    {
        var result = ParseAssertions.Parse("Aid arrived in the United States on Monday.");

        Assert.Equal("country:USA", result.Mention("United States").Place.Id);
    }

    [Fact]
    public void SeaNamedWithoutItsNoun_IsTheSea()
    {
        var result = ParseAssertions.Parse("Migrants crossed the Mediterranean on Friday.");

        Assert.Equal("sea:Mediterranean Sea", result.Mention("Mediterranean").Place.Id);
    }

    [Fact]
    public void SaintAbbreviation_KeepsItsDotInsideTheName()
    {
        var result = ParseAssertions.Parse("Flooding hit homes in St. Marys on Friday.");

        Assert.Equal("city:5000001", result.Mention("St. Marys").Place.Id);
    }

    [Fact]
    public void ClippedCountryNameBeforeANoun_IsAnAdjectiveNotAPlace()
    {
        var adjective = ParseAssertions.Parse("Four people from Georgia are in Saudi hospitals.");
        var place = ParseAssertions.Parse("Pilgrims travelled to Saudi Arabia.");

        Assert.DoesNotContain(adjective.Places, p => p.Text.StartsWith("Saudi", StringComparison.Ordinal));
        Assert.Single(adjective.Places, p => p.Text == "Georgia");
        Assert.Equal("country:SAU", place.Mention("Saudi Arabia").Place.Id);
    }

    [Fact]
    public void CountryAbbreviations_CountOnlyWhereTheTextSupportsThem()
    {
        var result = ParseAssertions.Parse("The U.S. sent aid worth US$5 million to Georgia.");

        Assert.Equal("country:USA", result.Mention("U.S.").Place.Id);
        Assert.DoesNotContain(result.Places, p => p.Text == "US");
    }

    [Theory]
    [InlineData("Warships patrolled the Southern Baltic Sea on Friday.", "Southern Baltic Sea", "sea:Baltic Sea")]
    [InlineData("Floods reached the Dnipro Valley overnight.", "Dnipro Valley", "city:709930")]
    [InlineData("Drones were seen over Greater Moscow.", "Greater Moscow", "city:524901")]
    public void FeatureNamedAfterAPlace_IsOneMentionLocatedThere(string text, string mention, string placeId)
    {
        var found = ParseAssertions.Parse(text).Mention(mention);

        Assert.Equal(placeId, found.Place.Id);
        Assert.Equal(text.IndexOf(mention, StringComparison.Ordinal), found.Start);
    }

    [Fact]
    public void FeatureNamedAfterAHamlet_IsNotLocatedAtTheHamlet()
    {
        // Fox, Georgia has 3,000 people: "the Fox Valley" is somewhere else, and no place is better than a wrong one.
        var result = ParseAssertions.Parse("Tourists from Atlanta crowded the Fox Valley on Sunday.");

        Assert.Equal(["city:4180439"], result.Ids());
    }
}
