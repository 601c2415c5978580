using IncidentMap.Geoparsing.Places;
using NetTopologySuite.Geometries;

namespace IncidentMap.Geoparsing.Tests.Places;

/// <summary>The places news names beyond countries, regions and cities: continents, macro-regions, counties,
/// abbreviations and demonyms.</summary>
public sealed class RealGazetteerCoverageTests
{
    private static Point At(double lat, double lon) => GeometryFactories.Wgs84.CreatePoint(new Coordinate(lon, lat));

    [Fact]
    public void Europe_IsTheContinent()
    {
        var europe = RealGazetteer.Load().Lookup("Europe")[0];
        Assert.Equal(PlaceKind.Continent, europe.Kind);
        Assert.True(europe.Geometry.Contains(At(50.06, 19.94)), "Kraków is in Europe");
    }

    [Fact]
    public void US_AbbreviationGivesTheUnitedStatesAtGeoNamesPoint()
    {
        var gazetteer = RealGazetteer.Load();
        var us = gazetteer.LookupAbbreviation("U.S.")[0];
        Assert.Equal("country:USA", us.Id);
        Assert.Equal((39.76, -98.5), (us.Lat, us.Lon));
        Assert.Same(us, gazetteer.Lookup("United States of America")[0]);
        Assert.Same(us, gazetteer.Lookup("America").First(p => p.Kind == PlaceKind.Country));
        Assert.DoesNotContain(us, gazetteer.Lookup("US"));
    }

    [Fact]
    public void LaurelCounty_IsTheKentuckyCountyNearLondon()
    {
        var county = RealGazetteer.Load().Lookup("Laurel County").Single(p => p.Id == "admin2:US.KY.125");
        Assert.Equal(PlaceKind.Admin2, county.Kind);
        Assert.Equal("US-KY", county.Admin1Code);
        Assert.True(Geodesy.DistanceKm(county.Lat, county.Lon, 37.129, -84.083) < 25, "centred near London, KY");
    }

    [Fact]
    public void MiddleEast_IsARegionHoldingSyriaAndIraq()
    {
        var region = RealGazetteer.Load().Lookup("Middle East")[0];
        Assert.Equal(PlaceKind.Region, region.Kind);
        Assert.Contains("SYR", region.Members);
        Assert.Contains("IRQ", region.Members);
        Assert.True(region.Geometry.Contains(At(33.51, 36.29)), "Damascus");
        Assert.True(region.Geometry.Contains(At(33.31, 44.36)), "Baghdad");
    }

    [Fact]
    public void BC_IsAnAbbreviationOfBritishColumbia_WhereVancouverLies()
    {
        var gazetteer = RealGazetteer.Load();
        Assert.Contains(gazetteer.LookupAbbreviation("B.C."), p => p.Id == "admin1:CA-BC");
        Assert.Contains(gazetteer.LookupAbbreviation("Ky."), p => p.Id == "admin1:US-KY");
        Assert.Contains(gazetteer.Lookup("Vancouver"), p => p.Kind == PlaceKind.City && p.Admin1Code == "CA-BC");
    }

    [Fact]
    public void EU_IsAnAbbreviationOfTheEuropeanUnion_NotAName()
    {
        var gazetteer = RealGazetteer.Load();
        var eu = gazetteer.LookupAbbreviation("E.U.")[0];
        Assert.Equal("region:European Union", eu.Id);
        Assert.Contains("POL", eu.Members);
        Assert.DoesNotContain(gazetteer.Lookup("EU"), p => p.Id == eu.Id);
    }

    [Fact]
    public void Demonyms_NameContinentsAndRegions()
    {
        var gazetteer = RealGazetteer.Load();
        Assert.Contains(gazetteer.FindByDemonym("European"), p => p.Id == "continent:Europe");
        Assert.Contains(gazetteer.FindByDemonym("African"), p => p.Id == "continent:Africa");
        Assert.Contains(gazetteer.FindByDemonym("Kurdish"), p => p.Id == "region:Kurdistan");
        Assert.Empty(gazetteer.Lookup("European"));
    }

    [Fact]
    public void Baltics_AreTheStates_BalticSeaIsTheSea()
    {
        var gazetteer = RealGazetteer.Load();
        var states = gazetteer.Lookup("the Baltics").Concat(gazetteer.Lookup("Baltics")).First();
        Assert.Equal("region:Baltic states", states.Id);
        Assert.Equal(["EST", "LTU", "LVA"], states.Members.Order());
        Assert.Equal(PlaceKind.Sea, gazetteer.Lookup("Baltic Sea")[0].Kind);
    }

    [Fact]
    public void UnitedKingdomNations_AreRegions()
    {
        var gazetteer = RealGazetteer.Load();
        var scotland = gazetteer.Lookup("Scotland").First(p => p.Kind == PlaceKind.Region);
        Assert.Equal("GBR", scotland.CountryCode);
        Assert.True(scotland.Geometry.Contains(At(55.95, -3.19)), "Edinburgh");
        Assert.Contains(gazetteer.Lookup("Northern Ireland"), p => p.Kind == PlaceKind.Region);
    }
}
