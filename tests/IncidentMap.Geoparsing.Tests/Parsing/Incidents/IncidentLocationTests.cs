using IncidentMap.Geoparsing.Parsing;

namespace IncidentMap.Geoparsing.Tests.Parsing.Incidents;

/// <summary>Where an incident is put: the most specific place its clause or sentence gives for the event, else the
/// article's dateline or focus country with geo precision 4 saying so, else nowhere, kept in the result unlocated.</summary>
public sealed class IncidentLocationTests
{
    private static string[] Texts(GeoparseResult result, Incident incident) => incident.Places.Select(i => result.Places[i].Text).ToArray();

    [Fact]
    public void PortOfATown_IsWhereTheMissilesStruck()
    {
        var result = EventGazetteer.Parse("Russian missiles struck the port of Odesa overnight.");

        var strike = Assert.Single(result.Incidents);
        Assert.Equal("missile_attack", strike.Subtype);
        Assert.Equal(["Odesa"], Texts(result, strike));
        Assert.Equal("the port of Odesa", strike.Evidence!.Patient);
    }

    [Fact]
    public void ShellingOfATown_IsAtTheTown()
    {
        var result = EventGazetteer.Parse("Shelling of Kherson killed two people on Friday.");

        var shelling = Assert.Single(result.Incidents);
        Assert.Equal("shelling", shelling.Subtype);
        Assert.Equal(["Kherson"], Texts(result, shelling));
        Assert.Equal(IncidentLocationSource.Clause, shelling.Evidence!.LocatedBy);
    }

    [Fact]
    public void DronesDownedByACountrysAirForce_AreOverThatCountry()
    {
        var result = EventGazetteer.Parse("Ukraine's air force said it shot down 45 of 60 drones launched overnight by Russia.");

        var downed = Assert.Single(result.Incidents);
        Assert.Equal("drone_shot_down", downed.Subtype);
        Assert.Equal(["country:UKR"], downed.Places.Select(i => result.Places[i].Place.Id));
        Assert.Equal(3, downed.GeoPrecision);
        Assert.Equal(IncidentLocationSource.Clause, downed.Evidence!.LocatedBy);
    }

    [Fact]
    public void CapturingCountry_IsAnActorAndTheTownThePlace()
    {
        var result = EventGazetteer.Parse("Russia captured Avdiivka on Friday.");

        Assert.Equal(["city:712451"], result.Single().PlaceIds);
    }

    [Fact]
    public void OriginOfTheDrones_IsNotWhereTheyStruck()
    {
        var result = EventGazetteer.Parse("Drones launched from Belarus struck Lviv on Friday.");

        var strike = Assert.Single(result.Incidents);
        Assert.Equal(["city:702550"], strike.Places.Select(i => result.Places[i].Place.Id));
        Assert.Contains(result.Places, p => p.Place.Id == "country:BLR");
    }

    [Fact]
    public void PlaceInAnotherClause_LocatesTheEventFromTheSentence()
    {
        var result = EventGazetteer.Parse("Three people died in Kherson on Friday, when Russian drones struck an apartment block.");

        var strike = Assert.Single(result.Incidents);
        Assert.Equal("air_drone_strike", strike.Subtype);
        Assert.Equal(["Kherson"], Texts(result, strike));
        Assert.Equal(IncidentLocationSource.Sentence, strike.Evidence!.LocatedBy);
    }

    [Fact]
    public void DatelinePlace_LocatesAnEventItsSentenceDoesNotPlace()
    {
        var result = EventGazetteer.Parse("KYIV (Reuters) - Russian drones struck an apartment block overnight, officials said.");

        var strike = Assert.Single(result.Incidents);
        Assert.Equal(["city:703448"], strike.Places.Select(i => result.Places[i].Place.Id));
        Assert.Equal(4, strike.GeoPrecision);
        Assert.Equal(IncidentLocationSource.Dateline, strike.Evidence!.LocatedBy);
    }

    [Fact]
    public void MixedCaseDatelineWithAgency_IsADatelineToo()
    {
        var result = EventGazetteer.Parse("Kyiv, Sept 12 (AP) - Russian drones struck an apartment block overnight.");

        var strike = Assert.Single(result.Incidents);
        Assert.Equal(IncidentLocationSource.Dateline, strike.Evidence!.LocatedBy);
        Assert.Equal("Kyiv", Texts(result, strike).Single());
    }

    [Fact]
    public void FocusCountry_LocatesAnEventNoSentenceOrDatelinePlaces()
    {
        var result = EventGazetteer.Parse(
            "Nigeria has struggled with insecurity in Kaduna and Borno. Gunmen killed 12 villagers on Friday, police said. " +
            "Nigeria's president condemned the killings.");

        var attack = Assert.Single(result.Incidents);
        Assert.Equal("attack", attack.Subtype);
        Assert.Equal(["country:NGA"], attack.Places.Select(i => result.Places[i].Place.Id));
        Assert.Equal(4, attack.GeoPrecision);
        Assert.Equal(IncidentLocationSource.Focus, attack.Evidence!.LocatedBy);
    }

    [Fact]
    public void EventWithNoPlaceAnywhere_IsKeptUnlocated()
    {
        var result = EventGazetteer.Parse("Gunmen killed 12 villagers on Friday, police said.");

        var attack = Assert.Single(result.Incidents);
        Assert.Equal("attack", attack.Subtype);
        Assert.False(attack.Located);
        Assert.Empty(attack.Places);
        Assert.Null(attack.GeoPrecision);
        Assert.Equal(IncidentLocationSource.None, attack.Evidence!.LocatedBy);
    }

    [Fact]
    public void ArticleWithoutALeadingCountry_GivesNoFocus()
    {
        var result = EventGazetteer.Parse("Officials from Poland and Ukraine met in Warsaw. Gunmen killed 12 villagers on Friday.");

        var attack = Assert.Single(result.Incidents, i => i.Subtype == "attack");
        Assert.False(attack.Located);
    }
}
