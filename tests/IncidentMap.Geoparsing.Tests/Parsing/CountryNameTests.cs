using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Geoparsing.Tests.Parsing;

/// <summary>Country names as the news agencies write them, against the real gazetteer: bare "Congo" is the
/// Democratic Republic of the Congo unless the text places it at Brazzaville, "Republic of Congo" is the country,
/// "Zaire" is the DR Congo's former name, a province's seat known as "X City" leaves the bare name to the
/// province, and a clipped country name is an adjective only before a noun.</summary>
public sealed class CountryNameTests
{
    private static readonly DateOnly _date = new(2025, 9, 12);

    private static Geoparsing.Parsing.GeoparseResult Parse(string text) => RealGeodata.Parser().Parse(text, _date);

    [Fact]
    public void BareCongo_IsTheDemocraticRepublic_WithItsNeighbourAsRunnerUp()
    {
        var congo = Parse("Fighting flared again in eastern Congo on Monday, aid agencies said.").Mention("Congo");

        Assert.Equal("country:COD", congo.Place.Id);
        Assert.Equal("country:COG", congo.RunnerUp?.Id);
    }

    [Fact]
    public void CongoAfterBrazzaville_IsTheRepublicOfCongo()
    {
        var result = Parse("Health workers in Brazzaville, Congo, reported ten new cases.");

        Assert.Equal("city:2260535", result.Mention("Brazzaville").Place.Id);
        Assert.Equal("country:COG", result.Mention("Congo").Place.Id);
    }

    [Theory]
    [InlineData("Officials in Brazzaville, Republic of Congo, reported ten new cases.", "Republic of Congo")]
    [InlineData("Troops from Congo Republic crossed the river on Friday.", "Congo Republic")]
    public void RepublicOfCongo_IsTheCountryAtItsGeoNamesPoint(string text, string name)
    {
        var congo = Parse(text).Mention(name).Place;

        Assert.Equal("country:COG", congo.Id);
        Assert.Equal(2260494, congo.GeonameId);
    }

    [Fact]
    public void NoRegionRepeatsAWholeCountryUnderAnotherName()
    {
        var gazetteer = RealGazetteer.Load();

        Assert.Equal(["country:COG"], gazetteer.Lookup("Republic of Congo").Select(p => p.Id));
        Assert.Equal(["country:SSD"], gazetteer.Lookup("South Sudan").Where(p => p.Kind != PlaceKind.City).Select(p => p.Id));
        // Regions that are part of a country stay: England, Zanzibar.
        Assert.Contains(gazetteer.Lookup("Zanzibar"), p => p.Kind == PlaceKind.Region);
    }

    [Fact]
    public void Zaire_IsTheDrCongo_ButZaireProvinceIsAngolas()
    {
        Assert.Equal("country:COD", Parse("The virus was first identified in Zaire in 1976.").Mention("Zaire").Place.Id);
        Assert.Equal("admin1:AO-ZAI", Parse("The outbreak reached Zaire province in northern Angola.").Mention("Zaire province").Place.Id);
    }

    [Fact]
    public void BareQuebec_InAListOfProvinces_IsTheProvince_QuebecCityTheCity()
    {
        var result = Parse("Cases were confirmed in Ontario, Alberta, New Brunswick and Quebec. Crews in Quebec City were ready.");

        Assert.Equal("admin1:CA-QC", result.Mention("Quebec").Place.Id);
        Assert.Equal("city:6325494", result.Mention("Quebec City").Place.Id);
    }

    [Fact]
    public void ClippedCountryName_BeforeAPreposition_IsThePlace_BeforeANounAnAdjective()
    {
        var farm = Parse("Bird flu was found on a farm in Norfolk on Monday, the second outbreak in England this year.").Mention("Norfolk");
        Assert.Equal("GBR", farm.Place.CountryCode);

        var result = Parse("Saudi authorities closed the border with Yemen.");
        Assert.DoesNotContain(result.Places, p => p.Text == "Saudi");
        Assert.Equal("country:YEM", result.Mention("Yemen").Place.Id);
    }
}
