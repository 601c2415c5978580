using IncidentMap.Geoparsing.Parsing;
using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Geoparsing.Tests.Parsing.Incidents;

/// <summary>Incidents located on the real gazetteer, where a name may resolve to the city or to the province around it:
/// the incident stands at the mention the text gives, whatever it resolves to.</summary>
public sealed class RealGazetteerIncidentTests
{
    private static GeoparseResult Parse(string text) => RealGeodata.Parser().Parse(text, EventGazetteer.ArticleDate);

    [Theory]
    [InlineData("Russian missiles struck the port of Odesa on Tuesday.", "missile_attack", "Odesa", "UKR")]
    [InlineData("Shelling of Kherson killed two people on Friday.", "shelling", "Kherson", "UKR")]
    [InlineData("An air strike hit Lviv on Friday, the mayor said.", "air_drone_strike", "Lviv", "UKR")]
    [InlineData("Gunmen stormed a village near Maiduguri on Thursday and killed 23 villagers.", "attack", "Maiduguri", "NGA")]
    [InlineData("Police fired tear gas to disperse protesters in Nairobi on Tuesday.", "protest_with_intervention", "Nairobi", "KEN")]
    public void Incident_StandsAtTheMentionTheTextGives(string text, string subtype, string mention, string country)
    {
        var result = Parse(text);

        var incident = Assert.Single(result.Incidents);
        Assert.Equal(subtype, incident.Subtype);
        var place = result.Places[Assert.Single(incident.Places)];
        Assert.Equal(mention, place.Text);
        Assert.Equal(country, place.Place.CountryCode);
        Assert.InRange(incident.GeoPrecision!.Value, 1, 2);
    }

    [Theory]
    [InlineData("Russian missiles struck the port of Odesa on Tuesday.", "Odesa", 698740)]
    [InlineData("Shelling of Kherson killed two people on Friday.", "Kherson", 706448)]
    [InlineData("Russian artillery shelled Kherson on Friday, killing two people. Kherson has been shelled almost daily.", "Kherson", 706448)]
    [InlineData("Russian drones struck Zaporizhzhia overnight, the governor said.", "Zaporizhzhia", 687700)]
    public void StrikeOnATownNamedLikeItsProvince_IsAtTheTown(string text, string mention, long geonameId)
    {
        var result = Parse(text);

        var strike = Assert.Single(result.Incidents);
        var place = result.Places[Assert.Single(strike.Places)];
        Assert.Equal(mention, place.Text);
        Assert.Equal(PlaceKind.City, place.Place.Kind);
        Assert.Equal(geonameId, place.Place.GeonameId);
        Assert.Equal(1, strike.GeoPrecision);
        // One sense per article: every mention of the name is the town the strike hit.
        Assert.All(result.Places.Where(p => p.Text == mention), p => Assert.Equal(place.Place, p.Place));
    }

    [Fact]
    public void ShellingOfAProvinceNamedAsSuch_StaysAtTheProvince()
    {
        var result = Parse("Russian forces shelled 30 settlements in the Kherson region on Friday.");

        var shelling = Assert.Single(result.Incidents);
        Assert.Equal("shelling", shelling.Subtype);
        Assert.Equal(PlaceKind.Admin1, result.Places[Assert.Single(shelling.Places)].Place.Kind);
        Assert.Equal(2, shelling.GeoPrecision);
    }

    [Fact]
    public void AirRaidSirens_AreNoStrikeButTheStrikeAfterThemIs()
    {
        var result = Parse("Air raid sirens sounded in Lviv on Friday. Minutes later a Russian drone struck an apartment block in Lviv.");

        var strike = Assert.Single(result.Incidents);
        Assert.Equal("air_drone_strike", strike.Subtype);
        Assert.Equal("drone", strike.Evidence!.Agent!.Split(' ')[^1]);
    }
}
