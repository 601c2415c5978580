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
    public void CapitalisedCommonWordInsideAName_IsNotATown()
    {
        var result = ParseAssertions.Parse("The Savannah Police Department said nothing.");

        Assert.Empty(result.Places);
    }
}
