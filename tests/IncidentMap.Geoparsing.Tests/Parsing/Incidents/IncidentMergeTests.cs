namespace IncidentMap.Geoparsing.Tests.Parsing.Incidents;

/// <summary>One happening, one incident per article: repeated reports merge at the most informative sentence.</summary>
public sealed class IncidentMergeTests
{
    [Fact]
    public void RepeatedReportsOfOneStrike_AreOneIncidentAtItsMostInformativeSentence()
    {
        const string Text = "Russian missiles struck the port of Odesa on Tuesday, killing three people. " +
                            "The strike on Odesa also damaged grain terminals. " +
                            "The missile attack was condemned by the European Union.";
        var result = EventGazetteer.Parse(Text);

        var strike = Assert.Single(result.Incidents);
        Assert.Equal("missile_attack", strike.Subtype);
        Assert.Equal(new DateOnly(2025, 9, 9), strike.Date);
        Assert.StartsWith("Russian missiles struck", Text[strike.Summary.Start..strike.Summary.End], StringComparison.Ordinal);
        Assert.Equal(3, strike.Evidence!.Reports);
    }

    [Fact]
    public void LaterReportNamingTheTown_IsWhereTheMergedIncidentStands()
    {
        const string Text = "Gunmen attacked villagers in Nigeria on Thursday, officials said. " +
                            "The gunmen stormed a village near Maiduguri on Thursday and killed 23 villagers.";
        var result = EventGazetteer.Parse(Text);

        var attack = Assert.Single(result.Incidents);
        Assert.Equal("attack", attack.Subtype);
        Assert.StartsWith("The gunmen stormed a village near Maiduguri", Text[attack.Summary.Start..attack.Summary.End], StringComparison.Ordinal);
        Assert.Equal(["city:2331447"], attack.Places.Select(i => result.Places[i].Place.Id));
        Assert.Equal(2, attack.Evidence!.Reports);
    }

    [Theory]
    [InlineData("Police fired tear gas at protesters in Nairobi on Tuesday. Police fired tear gas at hundreds of protesters in Nairobi on Tuesday.")]
    [InlineData("Gunmen killed villagers in Kaduna state on Thursday. Gunmen killed 23 villagers in Kaduna state on Thursday.")]
    public void BetweenReportsAlikeInPlaceAndDate_TheOneWithTheTollOrCrowdStands(string text)
    {
        var result = EventGazetteer.Parse(text);

        var incident = Assert.Single(result.Incidents);
        var second = text.IndexOf(". ", StringComparison.Ordinal) + 2;
        Assert.Equal(second, incident.Summary.Start);
        Assert.Equal(2, incident.Evidence!.Reports);
    }

    [Fact]
    public void ReportsAlikeInEverything_StandAtTheFirst()
    {
        const string Text = "Gunmen killed 23 villagers in Kaduna state on Thursday. Survivors said gunmen killed 23 villagers in Kaduna state on Thursday.";
        var result = EventGazetteer.Parse(Text);

        var attack = Assert.Single(result.Incidents);
        Assert.Equal(0, attack.Summary.Start);
        Assert.Equal(["admin1:NG-KD"], attack.Places.Select(i => result.Places[i].Place.Id));
    }

    [Fact]
    public void StrikesOnTwoTowns_AreTwoIncidents()
    {
        var result = EventGazetteer.Parse("Russian drones struck Kharkiv on Friday. Russian drones also struck Lviv on Friday.");

        Assert.Equal(["city:706483", "city:702550"], result.Incidents.Select(i => result.Places[i.Places.Single()].Place.Id));
    }

    [Fact]
    public void StrikesOnOneTownOnTwoDays_AreTwoIncidents()
    {
        var result = EventGazetteer.Parse("Russian drones struck Kharkiv on Wednesday. Russian drones struck Kharkiv again on Friday.");

        Assert.Equal([new DateOnly(2025, 9, 10), new DateOnly(2025, 9, 12)], result.Incidents.Select(i => i.Date!.Value));
    }

    [Fact]
    public void LaterUnplacedMention_JoinsTheLocatedReport()
    {
        var result = EventGazetteer.Parse("Gunmen stormed a village in Kaduna state on Thursday and killed 23 villagers. " +
                                          "Survivors said the gunmen killed villagers as they fled.");

        var attack = Assert.Single(result.Incidents);
        Assert.Equal(["admin1:NG-KD"], attack.Places.Select(i => result.Places[i].Place.Id));
        Assert.Equal(2, attack.Evidence!.Reports);
    }

    [Theory]
    [InlineData("Thousands of protesters marched through Nairobi on Tuesday. Police fired tear gas to disperse the protesters in Nairobi.", "protest_with_intervention")]
    [InlineData("Police fired tear gas to disperse protesters in Paris on Saturday. Later protesters set fire to cars in Paris.", "violent_demonstration")]
    public void ProtestReportedTwice_KeepsItsMostSevereKind(string text, string subtype)
    {
        var result = EventGazetteer.Parse(text);

        var protest = Assert.Single(result.Incidents);
        Assert.Equal(subtype, protest.Subtype);
        Assert.Equal(2, protest.Evidence!.Reports);
    }
}
