using IncidentMap.Geoparsing.Parsing;

namespace IncidentMap.Geoparsing.Tests.Parsing.Incidents;

/// <summary>
/// Event detection rules on short sentences: each false positive seen on ordinary news next to its true counterpart,
/// and each way a sentence can mention an event without reporting one. A sentence that must give no incident is
/// parsed with a control sentence that must give exactly its own, so an empty result cannot pass.
/// </summary>
public sealed class EventDetectionTests
{
    private const string _control = " Protesters marched through Tbilisi on Friday.";
    private const string _shellingControl = " Russian artillery shelled Kherson on Friday.";

    /// <summary>The sentence adds nothing to the control's one incident.</summary>
    private static void AssertNoIncident(string sentence, string control = _control)
    {
        var result = EventGazetteer.Parse(sentence + control);

        var incident = Assert.Single(result.Incidents);
        var expected = control == _control ? "peaceful_protest" : "shelling";
        Assert.Equal(expected, incident.Subtype);
        Assert.True(incident.Summary.Start > sentence.Length - 1, $"the incident comes from the control, not from '{sentence}'");
    }

    private static (Incident Incident, string[] Places) One(string text, string subtype)
    {
        var result = EventGazetteer.Parse(text);
        var (incident, places) = result.Single();
        Assert.Equal(subtype, incident.Subtype);
        return (incident, places);
    }

    [Fact]
    public void HardFoughtBattlesOfASeason_AreNoClash() => AssertNoIncident("The Tigers won three hard fought battles this season.");

    [Fact]
    public void BattleForATown_IsAClash() => Assert.Equal(["city:712165"], One("The battle for Bakhmut raged on Friday.", "armed_clash").Places);

    [Fact]
    public void PoliceSeizingDrugs_IsNoCapture() => AssertNoIncident("Police seized drugs worth $2 million at a warehouse in Chicago on Friday.");

    [Fact]
    public void TroopsSeizingAVillage_IsACapture()
    {
        var (incident, places) = One("Russian troops seized the village of Klishchiivka near Bakhmut on Friday.", "territory_captured");

        Assert.Equal(["city:712165"], places);
        Assert.Equal(2, incident.GeoPrecision);
        Assert.Equal(EventGazetteer.ArticleDate, incident.Date);
    }

    [Fact]
    public void LotteryTicketSoldAtAGasStation_IsNoDeployment() =>
        AssertNoIncident("A winning Powerball ticket was sold at the Morris County gas station in Morristown.");

    [Fact]
    public void TroopsStationedAtABorder_AreADeployment() =>
        Assert.Equal(["border:BLR-POL"], One("Poland said troops were stationed near the border with Belarus on Friday.", "troop_deployment").Places);

    [Fact]
    public void PractisingTraditions_IsNoExercise() => AssertNoIncident("Families gathered in Chicago to practice their traditions.");

    [Fact]
    public void TroopsPractisingStrikes_AreAnExercise() =>
        Assert.Equal(["admin1:BY-HR"], One("Russian troops practised missile strikes in the Grodno region on Friday.", "military_exercise").Places);

    [Fact]
    public void TakingAStandOnGunControl_IsNoCapture() => AssertNoIncident("Lawmakers in Chicago were urged to take a stand on gun control on Friday.");

    [Fact]
    public void RebelsTakingControlOfATown_IsACapture() =>
        Assert.Equal(["city:2449067"], One("Rebels took control of Timbuktu on Friday.", "territory_captured").Places);

    [Fact]
    public void ArmsSaleOfArtillery_IsNoShelling() => AssertNoIncident("The deal includes the sale of artillery and rockets to Poland.");

    [Fact]
    public void ArtilleryShellingATown_IsShelling() => Assert.Equal(["Kherson"], Texts(EventGazetteer.Parse(_shellingControl.Trim()), "shelling"));

    [Fact]
    public void SettlementTalksYearsAgo_AreNoTalks() => AssertNoIncident("Settlement talks began in 2016.");

    [Fact]
    public void DelegationsHoldingTalks_AreTalks() =>
        Assert.Equal(["city:745044"], One("Russian and Ukrainian negotiators held talks in Istanbul on Friday.", "diplomatic_talks").Places);

    [Fact]
    public void AirRaidSirens_AreNoStrike() => AssertNoIncident("Air raid sirens sounded in Lviv on Friday.");

    [Fact]
    public void AirStrikeThatHit_IsAnAirStrike() =>
        Assert.Equal(["city:702550"], One("An air strike hit Lviv on Friday.", "air_drone_strike").Places);

    [Fact]
    public void WorkersOnStrike_AreNoAirStrike() => AssertNoIncident("Teachers went on strike in Chicago on Monday over pay.", _shellingControl);

    [Theory]
    [InlineData("Russian forces did not capture Pokrovsk on Friday.")]
    [InlineData("Russia denied shelling Kherson on Friday.")]
    [InlineData("No clashes were reported in Bakhmut on Friday.")]
    [InlineData("Ukraine's army failed to retake Avdiivka on Friday.")]
    public void NegatedEvent_IsNoIncident(string sentence) => AssertNoIncident(sentence);

    [Theory]
    [InlineData("Talks are scheduled to take place in Istanbul next week.")]
    [InlineData("Military drills will begin in the Grodno region on Monday.")]
    [InlineData("Russia plans to capture Pokrovsk before winter.")]
    [InlineData("Both sides agreed to hold talks in Istanbul.")]
    [InlineData("A vigil is planned in Lviv tomorrow.")]
    public void ScheduledOrIntendedEvent_IsNoIncident(string sentence) => AssertNoIncident(sentence);

    [Theory]
    [InlineData("Russian troops captured Bakhmut in 2023.")]
    [InlineData("Russia has occupied parts of Kherson since 2022.")]
    [InlineData("Ukrainian forces retook Kherson two years ago.")]
    [InlineData("Protesters marched through Kyiv last year.")]
    [InlineData("Since the start of the war, Russian forces have captured about a fifth of Ukraine's territory.")]
    [InlineData("Israel has carried out hundreds of air strikes in Gaza City since the truce.")]
    public void HistoricalEvent_IsNoIncident(string sentence) => AssertNoIncident(sentence, _shellingControl);

    [Theory]
    [InlineData("\"If they attack us, we will shoot down every drone,\" the minister said.")]
    [InlineData("\"I think Russia will strike Odesa again,\" he said.")]
    [InlineData("\"You can't expect that the negotiation process will yield immediate results,\" he added.")]
    public void OpinionOrThreatInAQuotation_IsNoIncident(string sentence) => AssertNoIncident(sentence);

    [Fact]
    public void QuotedReportOfWhatHappened_IsAnIncident()
    {
        var (incident, places) = One("\"Gunmen stormed a village near Kaduna and killed eleven people this morning,\" the governor said.", "attack");

        Assert.Equal(["city:2335727"], places);
        Assert.Equal(EventGazetteer.ArticleDate, incident.Date);
    }

    [Theory]
    [InlineData("Russia could strike Kyiv again, officials warned.")]
    [InlineData("Putin threatened to strike Kyiv if the talks fail.")]
    [InlineData("Trump threatened Moscow with additional sanctions.")]
    [InlineData("Will Russia capture Pokrovsk this week?")]
    public void HypotheticalThreatenedOrAskedEvent_IsNoIncident(string sentence) => AssertNoIncident(sentence);

    [Theory]
    [InlineData("Russian forces usually shell Kherson at night.")]
    [InlineData("Drones often fly over Lviv.")]
    [InlineData("Any rally held without permission is considered illegal.")]
    [InlineData("Armies deploy troops to defend borders.")]
    public void HabitualOrGenericStatement_IsNoIncident(string sentence) => AssertNoIncident(sentence);

    [Theory]
    [InlineData("A storm hit Odesa on Friday, cutting power to thousands.")]
    [InlineData("Floods hit Kherson on Friday.")]
    [InlineData("A gas explosion killed three people in Kharkiv on Friday.")]
    [InlineData("A bus crash killed 12 people near Lviv on Friday.")]
    [InlineData("The virus killed 12 people in Kaduna this week.")]
    [InlineData("Health workers battled the cholera outbreak in Kaduna on Friday.")]
    [InlineData("The senator died of a heart attack in Chicago on Friday.")]
    [InlineData("Lightning struck a house in Morristown on Friday.")]
    public void DisasterAccidentOrDisease_IsNoIncident(string sentence) => AssertNoIncident(sentence);

    [Theory]
    [InlineData("A man was shot dead in a robbery in Chicago on Friday.")]
    [InlineData("Police arrested four vendors in Chicago on Friday and seized 3,000 kilos of meat.")]
    [InlineData("A gunman opened fire at a bar in Chicago on Friday, killing two people.")]
    [InlineData("A man accused of driving under the influence was arrested in Morristown on Friday.")]
    public void OrdinaryCrime_IsNoIncident(string sentence) => AssertNoIncident(sentence);

    [Theory]
    [InlineData("Stocks rallied in London on Friday as investors cheered the data.")]
    [InlineData("The Bears struck first in Chicago on Friday with a touchdown.")]
    [InlineData("In the game, players capture enemy towns and strike rival bases.")]
    [InlineData("The senator attacked the governor's budget plan in Chicago on Friday.")]
    [InlineData("Kroger is recalling shelled pistachios sold in Chicago.")]
    [InlineData("The film bombed at the box office in London on Friday.")]
    [InlineData("She evaded capture near Lviv on Friday.")]
    public void SportMarketsGamesPoliticsAndEverydayWords_AreNoIncident(string sentence) => AssertNoIncident(sentence, _shellingControl);

    [Fact]
    public void TwoSidesStrikingInOneSentence_AreTwoIncidents()
    {
        var result = EventGazetteer.Parse("Russian drones struck Kharkiv on Sunday, and Ukraine responded with drone strikes on Belgorod.");

        Assert.Equal(["Kharkiv", "Belgorod"], result.Incidents.Select(i => result.Places[i.Places.Single()].Text));
        Assert.All(result.Incidents, i => Assert.Equal("air_drone_strike", i.Subtype));
    }

    [Theory]
    [InlineData("North Korea fired a ballistic missile into the sea off its east coast on Wednesday.")]
    [InlineData("The company fired its chief executive in Chicago on Friday.")]
    public void WeaponFiredAtNothing_OrAnEmployeeFired_IsNoIncident(string sentence) => AssertNoIncident(sentence);

    [Fact]
    public void ClashesWithRiotPoliceAtAProtest_AreAViolentDemonstration() =>
        Assert.Equal(["city:611717"], One("Protesters clashed with riot police in Tbilisi on Friday.", "violent_demonstration").Places);

    [Fact]
    public void ArrestOfAnOrdinarySuspect_IsNoArrestButOfAJournalistIs() =>
        Assert.Equal(["city:3646738"], One("Police in Caracas detained two journalists on Friday.", "arrests").Places);

    [Theory]
    [InlineData("Farmers blocked roads in Paris with tractors on Monday to protest against trade rules.")]
    [InlineData("Protesters blocked the main highway into Nairobi on Tuesday.")]
    public void CrowdBlockingRoads_IsAPeacefulProtest(string sentence) => One(sentence, "peaceful_protest");

    [Theory]
    [InlineData("Police blocked protesters from marching in Paris on Monday.")]
    [InlineData("The rally in Nairobi was broken up on Tuesday.")]
    public void PoliceBlockingOrBreakingUpAProtest_IsAProtestWithIntervention(string sentence) => One(sentence, "protest_with_intervention");

    [Theory]
    [InlineData("Protesters in Nairobi were met with tear gas on Tuesday.")]
    [InlineData("Police teargassed protesters in Nairobi on Tuesday.")]
    public void ProtestersMetWithTearGas_AreAProtestWithIntervention(string sentence) =>
        Assert.Equal(["city:184745"], One(sentence, "protest_with_intervention").Places);

    [Fact]
    public void ProtestersDetainedAtARallyAgainstCorruption_AreAProtestWithIntervention() =>
        Assert.Equal(["city:611717"], One("Thousands rallied in Tbilisi on Saturday against corruption, and police detained dozens of protesters.",
            "protest_with_intervention").Places);

    [Theory]
    [InlineData("Four soldiers were killed when their vehicle struck a mine near Gao on Tuesday.")]
    [InlineData("A military patrol hit a roadside bomb outside Gao on Tuesday, killing two soldiers.")]
    public void VehicleThatStruckAMine_IsARemoteExplosive(string sentence) =>
        Assert.Equal(["city:2457163"], One(sentence, "remote_explosive").Places);

    [Theory]
    [InlineData("A Russian glide bomb hit a residential building in Kharkiv on Sunday, killing two people.")]
    [InlineData("Government helicopters dropped barrel bombs on Kharkiv on Sunday, killing two people.")]
    public void BombsDroppedFromTheAir_AreAnAirStrike(string sentence) =>
        Assert.Equal(["city:706483"], One(sentence, "air_drone_strike").Places);

    [Theory]
    [InlineData("Russian and Ukrainian troops exchanged fire near Bakhmut on Friday.")]
    [InlineData("Soldiers traded gunfire with rebels near Bakhmut on Friday.")]
    public void TroopsExchangingFire_AreAClash(string sentence) => Assert.Equal(["city:712165"], One(sentence, "armed_clash").Places);

    [Fact]
    public void PrisonersExchanged_AreNoClash() =>
        One("Russia and Ukraine exchanged 150 prisoners of war in Istanbul on Thursday.", "agreement");

    [Fact]
    public void DeploymentAmidProtests_IsTheDeploymentWhereTroopsWent()
    {
        var result = EventGazetteer.Parse("The National Guard was deployed to Chicago on Saturday amid immigration protests.");

        var deployment = Assert.Single(result.Incidents);
        Assert.Equal("troop_deployment", deployment.Subtype);
        Assert.Equal(["Chicago"], deployment.Places.Select(i => result.Places[i].Text));
    }

    [Fact]
    public void LoneGunmanAtASchool_IsNoIncident() => AssertNoIncident("A gunman opened fire at a school in Chicago on Wednesday, killing two students.");

    [Fact]
    public void ResidentsAttackingMenAccusedOfTheft_AreMobViolence() =>
        One("Hundreds of residents attacked two men accused of theft in Lahore on Wednesday.", "mob_violence");

    [Fact]
    public void DronesThatStruckACar_AreADroneStrike() =>
        Assert.Equal(["Kherson"], Texts(EventGazetteer.Parse("Russian drones struck a car in Kherson on Friday, killing two people."), "air_drone_strike"));

    private static string[] Texts(GeoparseResult result, string subtype) =>
        Assert.Single(result.Incidents, i => i.Subtype == subtype).Places.Select(i => result.Places[i].Text).ToArray();
}
