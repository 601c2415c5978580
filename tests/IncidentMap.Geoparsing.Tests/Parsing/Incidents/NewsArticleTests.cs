namespace IncidentMap.Geoparsing.Tests.Parsing.Incidents;

/// <summary>
/// Whole short articles in the styles the extractor meets (a news wire, web news, local papers), conflict and
/// ordinary news alike, each with the exact incidents an analyst would code: kind and place, nothing more.
/// </summary>
public sealed class NewsArticleTests
{
    private static (string Subtype, string? Place)[] Incidents(string text)
    {
        var result = EventGazetteer.Parse(text);
        return result.Incidents.Select(i => (i.Subtype, i.Places.Count == 0 ? null : result.Places[i.Places[0]].Text)).ToArray();
    }

    [Fact]
    public void WireReportOfANightOfStrikes_GivesEachStrikeAndTheDowningOnce()
    {
        const string Text = "KYIV, Sept 12 (Reuters) - Russia launched a massive drone and missile attack on Ukraine overnight, killing at "
                            + "least three people in the western city of Lviv and damaging energy infrastructure, officials said on Friday. "
                            + "Ukraine's air force said air defences shot down 40 of the 45 drones. In the south, Russian shelling of Kherson "
                            + "killed a 65-year-old man, the regional governor said. Zelensky called on Western allies to deliver more air "
                            + "defence systems.";

        Assert.Equal([("missile_attack", "Lviv"), ("drone_shot_down", "Ukraine"), ("shelling", "Kherson")], Incidents(Text));
    }

    [Fact]
    public void WireReportOfAirStrikesAndTruceTalks_GivesTheStrikesAndTheTalks()
    {
        const string Text = "GAZA (AP) - Israeli airstrikes killed at least 25 Palestinians across the Gaza Strip on Thursday, including "
                            + "children sheltering in a school in Gaza City, health officials said. The Israeli military said it struck "
                            + "Hamas militants operating from the school. Negotiations on a ceasefire resumed in Cairo on Wednesday, "
                            + "Egyptian officials said.";

        Assert.Equal([("air_drone_strike", "Gaza City"), ("diplomatic_talks", "Cairo")], Incidents(Text));
    }

    [Fact]
    public void WireReportOfAnAttackOnAVillage_GivesOneAttack()
    {
        const string Text = "BAMAKO, Mali (AP) - Suspected jihadists killed at least 20 civilians in an attack on a village in central "
                            + "Mali's Mopti region, local officials said Saturday. The gunmen arrived on motorcycles and opened fire on "
                            + "villagers before setting homes on fire, a survivor said.";

        Assert.Equal([("attack", "Mopti region")], Incidents(Text));
    }

    [Fact]
    public void WireReportOfAProtestDispersed_GivesTheProtestAtTheDateline()
    {
        const string Text = "TBILISI, Georgia (AP) - Police used water cannon and tear gas to disperse thousands of protesters outside "
                            + "parliament on Sunday, the fourth night of demonstrations against the government's decision to suspend "
                            + "talks on joining the European Union. Dozens of people were detained.";

        Assert.Equal([("protest_with_intervention", "TBILISI")], Incidents(Text));
    }

    [Fact]
    public void WebReportOfSanctions_GivesTheSanctionsOnTheirTarget()
    {
        const string Text = "The European Union on Monday adopted a new package of sanctions against Russia targeting its oil exports, "
                            + "the bloc's 19th since the invasion of Ukraine in 2022. Hungary had threatened to block the package.";

        Assert.Equal([("sanctions", "Russia")], Incidents(Text));
    }

    [Fact]
    public void LocalReportOfARally_GivesAPeacefulProtest()
    {
        const string Text = "About 200 people rallied outside the state capitol in Springfield on Saturday to protest proposed cuts to "
                            + "school funding. The demonstration was peaceful, police said.";

        Assert.Equal([("peaceful_protest", "Springfield")], Incidents(Text));
    }

    [Theory]
    [InlineData("A 24-year-old man was shot and killed early Sunday outside a nightclub in Chicago, police said. Officers arrested a "
                + "suspect in connection with the shooting on Monday. The victim was pronounced dead at a hospital.")]
    [InlineData("The Bears battled back from a 14-point deficit to beat the Packers 24-21 on Sunday in Chicago. The quarterback threw "
                + "for 280 yards and two touchdowns as the Bears captured their first win of the season.")]
    [InlineData("The Morristown town council voted 5-2 on Tuesday to approve a new parking plan after a heated debate. Residents who "
                + "attended the meeting clashed with council members over the fees. The plan takes effect in January.")]
    [InlineData("A winning Powerball ticket worth $1 million was sold at a gas station in Morristown, New Jersey lottery officials "
                + "said. Shares of the company that runs the station rallied 5 percent on the news.")]
    [InlineData("Severe storms battered the Chicago area on Saturday, knocking out power to 200,000 homes. Lightning struck a church "
                + "in Springfield, sparking a fire that destroyed the building.")]
    [InlineData("A Morristown man was arrested Friday and charged with burglary after police found stolen jewelry in his car. He was "
                + "held on $50,000 bail.")]
    [InlineData("Microsoft said Tuesday it had thwarted a cyber attack by hackers that targeted governments in Europe. The company "
                + "deployed a security update to millions of computers in Chicago and London.")]
    [InlineData("The World Health Organization said a cholera outbreak in Sudan has killed more than 300 people since August. Health "
                + "workers are fighting to contain the disease in camps around El Fasher.")]
    [InlineData("Chicago public school teachers went on strike on Monday after talks over pay broke down. The union said the "
                + "walkout would continue until a deal is reached.")]
    [InlineData("Residents protested the proposed landfill at Tuesday's council meeting in Morristown. The council delayed a vote.")]
    [InlineData("The governor rallied supporters in Springfield on Saturday ahead of the November election.")]
    [InlineData("Two farmers were killed near Kaduna on Friday when their tractor overturned on a rural road.")]
    [InlineData("Families in Odesa commemorated the 2014 massacre on Friday with flowers and candles.")]
    [InlineData("A former mayor was arrested in Chicago on Friday on corruption charges. He pleaded not guilty.")]
    [InlineData("Someone torched a parked car in Chicago early Friday, police said. No one was hurt.")]
    [InlineData("Police in riot gear stood by as fans celebrated in Chicago on Sunday after the game.")]
    [InlineData("The governor deployed the National Guard to help with flood relief in Chicago on Friday.")]
    [InlineData("City officials held talks with residents in Morristown on Tuesday about the new parking rules.")]
    [InlineData("Supporters of the candidate gathered in Springfield on Saturday to hear her speak.")]
    [InlineData("Residents marched in the annual Fourth of July parade in Springfield on Friday.")]
    public void OrdinaryLocalAndWebNews_GivesNoIncident(string text)
    {
        // A last paragraph that reports an event: the article's only incident, so an extractor that finds nothing fails.
        var incidents = Incidents(text + "\n\nElsewhere, Russian artillery shelled Kherson on Friday.");

        Assert.Equal([("shelling", "Kherson")], incidents);
    }

    [Theory]
    [InlineData("Hundreds of students walked out of class in Chicago on Friday to protest gun violence.", "peaceful_protest", "Chicago")]
    [InlineData("Estonia said a Russian drone entered Estonian airspace on Saturday during a Russian attack on Lviv.", "airspace_violation", "Estonian airspace")]
    [InlineData("Russian and Ukrainian delegations held talks in Istanbul on Tuesday on ending the war in Ukraine.", "diplomatic_talks", "Istanbul")]
    public void OneEventOfASentence_IsAtItsOwnPlaceOnly(string text, string subtype, string place)
    {
        Assert.Equal([(subtype, place)], Incidents(text));
    }

    [Fact]
    public void ArrestSparkingProtests_IsTheArrestAndThePeacefulProtests()
    {
        const string Text = "Opposition leader Juan Guerra was detained in Caracas on Tuesday, sparking protests across Venezuela.";

        Assert.Equal([("arrests", "Caracas"), ("peaceful_protest", "Venezuela")], Incidents(Text));
    }
}
