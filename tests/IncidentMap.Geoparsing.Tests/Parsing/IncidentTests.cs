using IncidentMap.Geoparsing.Parsing;

namespace IncidentMap.Geoparsing.Tests.Parsing;

/// <summary>Incident rules on short sentences; the article date is Friday 2025-09-12.</summary>
public sealed class IncidentTests
{
    [Theory]
    [InlineData("Troops were deployed in Belarus's Grodno region on Friday.", "2025-09-12", DatePrecision.Day)]
    [InlineData("Troops were deployed in Belarus's Grodno region on Wednesday.", "2025-09-10", DatePrecision.Day)]
    [InlineData("Troops were deployed in Belarus's Grodno region this week.", "2025-09-08", DatePrecision.Week)]
    [InlineData("Troops were deployed in Belarus's Grodno region in January.", "2025-01-01", DatePrecision.Month)]
    [InlineData("Troops were deployed in Belarus's Grodno region in May.", "2025-05-01", DatePrecision.Month)]
    [InlineData("Troops were deployed in Belarus's Grodno region in November.", "2024-11-01", DatePrecision.Month)]
    [InlineData("Troops were deployed in Belarus's Grodno region yesterday.", "2025-09-11", DatePrecision.Day)]
    [InlineData("Troops were deployed in Belarus's Grodno region.", "2025-09-12", DatePrecision.Day)]
    public void EventDate_ResolvesAgainstTheArticleDate(string text, string date, DatePrecision precision)
    {
        var incident = ParseAssertions.Parse(text).Incident("troop_deployment");

        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), incident.Date);
        Assert.Equal(precision, incident.DatePrecision);
    }

    [Theory]
    [InlineData("Russia claimed to have captured a village in Ukraine's central Dnipropetrovsk region.", IncidentTypes.Battles, "territory_captured")]
    [InlineData("Heavy clashes broke out near Kyiv.", IncidentTypes.Battles, "armed_clash")]
    [InlineData("A drone attack hit Kyiv overnight.", IncidentTypes.RemoteViolence, "air_drone_strike")]
    [InlineData("Artillery shelling hit Kyiv.", IncidentTypes.RemoteViolence, "shelling")]
    [InlineData("A missile strike hit Kyiv.", IncidentTypes.RemoteViolence, "missile_attack")]
    [InlineData("Nineteen drones flew through Polish airspace.", IncidentTypes.AirspaceIncidents, "airspace_violation")]
    [InlineData("Jets shot down three drones in Polish airspace.", IncidentTypes.AirspaceIncidents, "drone_shot_down")]
    [InlineData("Russia and Belarus held military drills in Belarus's Grodno region.", IncidentTypes.StrategicDevelopments, "military_exercise")]
    [InlineData("Warships were deployed in the Baltic and Barents seas.", IncidentTypes.StrategicDevelopments, "naval_deployment")]
    [InlineData("Lithuania announced partial airspace closures.", IncidentTypes.StrategicDevelopments, "airspace_closure")]
    [InlineData("The United States imposed new sanctions.", IncidentTypes.StrategicDevelopments, "sanctions")]
    [InlineData("Heavy fighting was reported around Kyiv.", IncidentTypes.Battles, "armed_clash")]
    [InlineData("Overnight strikes hit Kyiv and Dnipro.", IncidentTypes.RemoteViolence, "air_drone_strike")]
    [InlineData("The army said it retook parts of Dnipro.", IncidentTypes.Battles, "territory_captured")]
    public void ClauseCues_GiveTheIncidentType(string text, string type, string subtype)
    {
        var incident = ParseAssertions.Parse(text).Incident(subtype);

        Assert.Equal(type, incident.Type);
        Assert.Contains(subtype, IncidentTypes.Subtypes[type]);
    }

    [Fact]
    public void StrikesRehearsedInAnExercise_AreTheExercise()
    {
        var result = ParseAssertions.Parse("Moscow said its troops would practice missile strikes on ground targets.");

        Assert.Equal("military_exercise", Assert.Single(result.Incidents).Subtype);
    }

    [Fact]
    public void TalksTowardsEndingTheFighting_AreTalksNotAClash()
    {
        var result = ParseAssertions.Parse("A summit in Warsaw failed to make progress towards ending the fighting.");

        Assert.DoesNotContain(result.Incidents, i => i.Subtype == "armed_clash");
        Assert.Equal(["city:756135"], result.PlaceIds(result.Incident("diplomatic_talks")));
    }

    [Fact]
    public void SeizedTanker_IsNoTerritoryCaptured() => AssertOnlyTheControl("A tanker was seized in the Baltic Sea, officials said.");

    [Fact]
    public void PrepositionBeforeAList_LocatesTheIncidentAtEveryMember()
    {
        var result = ParseAssertions.Parse("Heavy fighting was reported in Kyiv, Dnipro and Minsk on Friday.");

        Assert.Equal(["city:703448", "city:709930", "city:625144"], result.PlaceIds(result.Incident("armed_clash")));
    }

    [Fact]
    public void PartsOf_LocatesTheCapture()
    {
        var result = ParseAssertions.Parse("The army said it retook parts of Dnipro.");

        Assert.Equal(["city:709930"], result.PlaceIds(result.Incident("territory_captured")));
    }

    [Fact]
    public void NegatedThreat_IsNoIncident() =>
        AssertOnlyTheControl("A NATO spokesman said it did not see any immediate military threat against Poland.");

    [Fact]
    public void TalksMentionedInsideAQuotation_AreNoIncident() =>
        AssertOnlyTheControl("\"You can't expect that the negotiation process will yield immediate results,\" he added.");

    [Fact]
    public void TalksReportedOutsideAQuotation_AreAnIncident()
    {
        var result = ParseAssertions.Parse("Russia and Ukraine held peace talks in Warsaw, officials said.");

        Assert.Equal(["city:756135"], result.PlaceIds(result.Incident("diplomatic_talks")));
    }

    [Fact]
    public void UnlocatedRemention_OfAReportedEvent_IsNotANewIncident()
    {
        var result = ParseAssertions.Parse(
            "On Wednesday 19 Russian drones flew through Polish airspace. Tusk said it was no mistake that the drones flew over his country.");

        var violation = Assert.Single(result.Incidents, i => i.Subtype == "airspace_violation");
        Assert.Equal(new DateOnly(2025, 9, 10), violation.Date);
        Assert.Equal(["airspace:POL"], result.PlaceIds(violation));
    }

    [Fact]
    public void SecondReport_OnAnotherDay_IsAnotherIncident()
    {
        var result = ParseAssertions.Parse("Drones flew through Polish airspace on Wednesday. More drones entered Polish airspace on Friday.");

        var dates = result.Incidents.Where(i => i.Subtype == "airspace_violation").Select(i => i.Date).ToArray();
        Assert.Equal([new DateOnly(2025, 9, 10), new DateOnly(2025, 9, 12)], dates);
    }

    [Fact]
    public void DeniedStrike_IsNoStrike() => AssertOnlyTheControl("Russia has denied targeting Poland with drone attacks.");

    [Fact]
    public void GeoPrecision_FollowsTheFinestPlace()
    {
        Assert.Equal(1, ParseAssertions.Parse("A drone attack hit Atlanta.").Incidents.Single().GeoPrecision);
        Assert.Equal(2, ParseAssertions.Parse("A drone attack hit a town near Atlanta.").Incidents.Single().GeoPrecision);
        Assert.Equal(2, ParseAssertions.Parse("A drone attack hit Belarus's Grodno region.").Incidents.Single().GeoPrecision);
        Assert.Equal(3, ParseAssertions.Parse("Drones flew through Polish airspace.").Incidents.Single().GeoPrecision);
    }

    [Fact]
    public void ContainingCountry_GivesWayToTheRegionInIt()
    {
        var result = ParseAssertions.Parse("Military drills took place in Belarus's Grodno region.");

        Assert.Equal(["admin1:BY-HR"], result.PlaceIds(result.Incident("military_exercise")));
    }

    [Fact]
    public void SpeakingCountry_IsAnActorNotTheLocation()
    {
        var result = ParseAssertions.Parse("Poland said 40,000 troops would be stationed near the border with Belarus.");

        var deployment = result.Incident("troop_deployment");
        Assert.Equal(["border:BLR-POL"], result.PlaceIds(deployment));
        Assert.Contains("Poland", deployment.Actors);
    }

    [Fact]
    public void ClauseAfterWhile_IsItsOwnIncidentAtItsSubjects()
    {
        var result = ParseAssertions.Parse("Poland deployed troops near the border with Belarus, while Lithuania and Latvia announced airspace closures.");

        Assert.Equal(["country:LTU", "country:LVA"], result.PlaceIds(result.Incident("airspace_closure")));
        Assert.Equal(["border:BLR-POL"], result.PlaceIds(result.Incident("troop_deployment")));
    }

    [Fact]
    public void EventWithoutAPlace_StaysUnlocated()
    {
        var result = ParseAssertions.Parse("Russia was accused of targeting a nuclear plant in a drone attack.");

        var strike = result.Incident("air_drone_strike");
        Assert.Empty(strike.Places);
        Assert.Null(strike.GeoPrecision);
        Assert.Contains("Russia", strike.Actors);
    }

    [Fact]
    public void Summary_IsTheSentenceThatReportsTheEvent()
    {
        const string Text = "Talks stalled. A drone attack hit Kyiv overnight. Nothing else happened.";
        var incident = ParseAssertions.Parse(Text).Incident("air_drone_strike");

        Assert.Equal("A drone attack hit Kyiv overnight.", Text[incident.Summary.Start..incident.Summary.End]);
    }

    /// <summary>The sentence gives no incident: parsed before a control sentence, only the control's strike on Kyiv
    /// comes out, so an empty result cannot pass.</summary>
    private static void AssertOnlyTheControl(string sentence)
    {
        var result = ParseAssertions.Parse(sentence + " Russian drones struck Kyiv on Friday.");

        var strike = Assert.Single(result.Incidents);
        Assert.Equal("air_drone_strike", strike.Subtype);
        Assert.Equal(["city:703448"], result.PlaceIds(strike));
        Assert.True(strike.Summary.Start >= sentence.Length, $"the incident comes from the control, not from '{sentence}'");
    }
}
