using IncidentMap.Geoparsing.Parsing;

namespace IncidentMap.Geoparsing.Tests.Parsing.Incidents;

/// <summary>One real-looking news sentence per kind of incident, each with its type, subtype, date and place; the
/// article date is Friday 2025-09-12.</summary>
public sealed class IncidentKindTests
{
    [Theory]
    [InlineData("Fierce clashes broke out between Sudanese army troops and RSF fighters in El Fasher on Thursday.", "battles", "armed_clash", "2025-09-11", "city:379252")]
    [InlineData("The battle for Bakhmut raged on Friday as Ukrainian troops held the city.", "battles", "armed_clash", "2025-09-12", "city:712165")]
    [InlineData("Russian forces seized the town of Avdiivka on Tuesday after months of fighting.", "battles", "territory_captured", "2025-09-09", "city:712451")]
    [InlineData("Pokrovsk was captured by Russian troops on Monday, the defence ministry said.", "battles", "territory_captured", "2025-09-08", "city:704508")]
    [InlineData("An Israeli air strike hit a school in Rafah on Thursday, killing 12 people, the health ministry said.", "explosions_remote_violence", "air_drone_strike", "2025-09-11", "city:281129")]
    [InlineData("Russian drones struck an apartment block in Kharkiv overnight, injuring nine residents.", "explosions_remote_violence", "air_drone_strike", "2025-09-12", "city:706483")]
    [InlineData("Ukrainian artillery shelled the Belgorod region on Saturday, the regional governor said.", "explosions_remote_violence", "shelling", "2025-09-06", "admin1:RU-BEL")]
    [InlineData("Russian missiles struck the port of Odesa on Tuesday, damaging grain terminals.", "explosions_remote_violence", "missile_attack", "2025-09-09", "Odesa")]
    [InlineData("A roadside bomb exploded near a military convoy in Helmand province on Wednesday, killing three soldiers.", "explosions_remote_violence", "remote_explosive", "2025-09-10", "admin1:AF-HEL")]
    [InlineData("An IED planted on a road outside Gao killed four soldiers on Monday.", "explosions_remote_violence", "remote_explosive", "2025-09-08", "city:2457163")]
    [InlineData("A suicide bomber blew himself up at a market in Maiduguri on Saturday, killing 18 people.", "explosions_remote_violence", "suicide_bomb", "2025-09-06", "city:2331447")]
    [InlineData("Gunmen stormed a village in Kaduna state on Thursday and killed 23 villagers, police said.", "violence_against_civilians", "attack", "2025-09-11", "admin1:NG-KD")]
    [InlineData("Armed bandits abducted 30 students from a school in Kaduna on Tuesday.", "violence_against_civilians", "abduction", "2025-09-09", "Kaduna")]
    [InlineData("Thousands of people marched through Tbilisi on Sunday to protest against the government.", "protests_riots", "peaceful_protest", "2025-09-07", "city:611717")]
    [InlineData("Police fired tear gas to disperse protesters in Nairobi on Tuesday.", "protests_riots", "protest_with_intervention", "2025-09-09", "city:184745")]
    [InlineData("Protesters threw stones at police and set fire to cars in Paris on Saturday.", "protests_riots", "violent_demonstration", "2025-09-06", "city:2988507")]
    [InlineData("A mob attacked a police station in Lahore on Wednesday after rumours of blasphemy spread.", "protests_riots", "mob_violence", "2025-09-10", "city:1172451")]
    [InlineData("A Russian fighter jet violated Estonian airspace on Friday, the Estonian military said.", "airspace_incidents", "airspace_violation", "2025-09-12", "airspace:EST")]
    [InlineData("Polish and NATO jets shot down three drones over Rzeszow on Wednesday.", "airspace_incidents", "drone_shot_down", "2025-09-10", "city:759734")]
    [InlineData("Russia and Belarus began joint military exercises in the Grodno region on Monday.", "strategic_developments", "military_exercise", "2025-09-08", "admin1:BY-HR")]
    [InlineData("Poland deployed 3,000 troops to the border with Belarus on Wednesday.", "strategic_developments", "troop_deployment", "2025-09-10", "border:BLR-POL")]
    [InlineData("Britain sent two warships to the Red Sea on Wednesday to protect shipping.", "strategic_developments", "naval_deployment", "2025-09-10", "sea:Red Sea")]
    [InlineData("Poland closed its airspace in the east of the country on Thursday.", "strategic_developments", "airspace_closure", "2025-09-11", "airspace:POL")]
    [InlineData("Russian and Ukrainian delegations held talks in Istanbul on Wednesday.", "strategic_developments", "diplomatic_talks", "2025-09-10", "city:745044")]
    [InlineData("The United States imposed new sanctions on Venezuela on Monday.", "strategic_developments", "sanctions", "2025-09-08", "country:VEN")]
    [InlineData("Police in Caracas arrested opposition leader Juan Guerra on Tuesday.", "strategic_developments", "arrests", "2025-09-09", "city:3646738")]
    [InlineData("Militants looted and torched shops in Gao on Sunday.", "strategic_developments", "looting_property_destruction", "2025-09-07", "city:2457163")]
    [InlineData("Russia and Ukraine agreed a prisoner exchange in Istanbul on Thursday.", "strategic_developments", "agreement", "2025-09-11", "city:745044")]
    [InlineData("Houthi rebels fired a missile at a commercial ship in the Red Sea on Thursday.", "explosions_remote_violence", "missile_attack", "2025-09-11", "sea:Red Sea")]
    [InlineData("Russian warplanes bombed a village near Kherson on Tuesday, killing 30 people.", "explosions_remote_violence", "air_drone_strike", "2025-09-09", "Kherson")]
    [InlineData("Police fired rubber bullets at demonstrators in Tbilisi on Monday.", "protests_riots", "protest_with_intervention", "2025-09-08", "city:611717")]
    [InlineData("Hundreds of farmers drove tractors into Paris on Monday to protest against trade rules.", "protests_riots", "peaceful_protest", "2025-09-08", "city:2988507")]
    [InlineData("A mob lynched a man accused of blasphemy in Lahore on Friday.", "protests_riots", "mob_violence", "2025-09-12", "city:1172451")]
    [InlineData("Pakistani security forces killed 10 militants in a raid near Lahore on Friday.", "battles", "armed_clash", "2025-09-12", "city:1172451")]
    [InlineData("Rebels attacked a military base outside Gao on Sunday, killing 12 soldiers.", "battles", "armed_clash", "2025-09-07", "city:2457163")]
    [InlineData("Russia and Ukraine exchanged 150 prisoners of war in Istanbul on Thursday.", "strategic_developments", "agreement", "2025-09-11", "city:745044")]
    [InlineData("Demonstrators gathered outside the parliament in Tbilisi on Saturday.", "protests_riots", "peaceful_protest", "2025-09-06", "city:611717")]
    [InlineData("Israel and Hamas agreed to a ceasefire in Cairo on Wednesday.", "strategic_developments", "agreement", "2025-09-10", "city:360630")]
    [InlineData("At least 20 people were killed in fighting in El Fasher on Thursday.", "battles", "armed_clash", "2025-09-11", "city:379252")]
    [InlineData("Air defence units destroyed 20 drones over the Belgorod region on Friday, the defence ministry said.", "airspace_incidents", "drone_shot_down", "2025-09-12", "admin1:RU-BEL")]
    [InlineData("Witnesses said soldiers opened fire on the crowd, killing at least five protesters in Nairobi on Monday.", "protests_riots", "protest_with_intervention", "2025-09-08", "city:184745")]
    [InlineData("The army said it repelled an attack by militants on a checkpoint near Gao on Friday.", "battles", "armed_clash", "2025-09-12", "city:2457163")]
    public void NewsSentence_GivesItsKindDateAndPlace(string text, string type, string subtype, string date, string place)
    {
        var result = EventGazetteer.Parse(text);

        var (incident, placeIds) = result.Single();
        Assert.Equal((type, subtype), (incident.Type, incident.Subtype));
        Assert.Contains(incident.Subtype, IncidentTypes.Subtypes[incident.Type]);
        Assert.Equal(DateOnly.ParseExact(date, "yyyy-MM-dd"), incident.Date);
        Assert.Equal(DatePrecision.Day, incident.DatePrecision);
        if (place.Contains(':')) Assert.Equal([place], placeIds);
        else Assert.Equal([place], incident.Places.Select(i => result.Places[i].Text));
        Assert.Equal(IncidentLocationSource.Clause, incident.Evidence!.LocatedBy);
    }
}
