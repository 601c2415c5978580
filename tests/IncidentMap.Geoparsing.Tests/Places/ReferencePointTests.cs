using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Geoparsing.Tests.Places;

/// <summary>Countries, first-level divisions, continents, oceans and seas carry GeoNames' geonameid and sit at
/// GeoNames' point, the one annotated news corpora and GeoNames-based geoparsers use; outlines stay Natural Earth's.</summary>
public sealed class ReferencePointTests
{
    private static Place Only(string name, PlaceKind kind) => RealGazetteer.Load().Lookup(name).First(p => p.Kind == kind);

    [Theory]
    [InlineData("United States", 6252001L, 39.76, -98.5)]
    [InlineData("Canada", 6251999L, 60.10867, -113.64258)]
    public void Country_CarriesGeoNamesIdAndPoint(string name, long geonameId, double lat, double lon)
    {
        var country = Only(name, PlaceKind.Country);
        Assert.Equal(geonameId, country.GeonameId);
        Assert.Equal((lat, lon), (country.Lat, country.Lon));
        Assert.True(country.Covers(country.Lat, country.Lon), "the point lies inside the Natural Earth outline");
    }

    [Fact]
    public void Alberta_CarriesGeoNamesIdAndPoint_WithNaturalEarthOutline()
    {
        var alberta = Only("Alberta", PlaceKind.Admin1);
        Assert.Equal("CA-AB", alberta.Code);
        Assert.Equal(5883102L, alberta.GeonameId);
        Assert.Equal((52.3, -117.5), (alberta.Lat, alberta.Lon));
        Assert.True(alberta.Covers(56.73, -111.38), "Fort McMurray lies in the outline");
    }

    [Fact]
    public void FirstRowOfTheAdmin1Points_IsRead_DespiteTheHeaderWithoutLineBreak()
    {
        // Sant Julià de Lòria's row follows "NAME" on the header line of admin1-points.tsv.
        var parish = RealGazetteer.Load().Get("admin1:AD-06")!;
        Assert.Equal(3039162L, parish.GeonameId);
        Assert.Equal((42.5, 1.5), (parish.Lat, parish.Lon));
    }

    [Fact]
    public void AtlanticOcean_IsTheWholeOceanAtGeoNamesPoint()
    {
        var atlantic = Only("Atlantic Ocean", PlaceKind.Sea);
        Assert.Equal("sea:Atlantic Ocean", atlantic.Id);
        Assert.Equal(3373405L, atlantic.GeonameId);
        Assert.Equal((10.0, -25.0), (atlantic.Lat, atlantic.Lon));
        Assert.True(atlantic.Covers(-30, -10), "the South Atlantic is part of the whole ocean");
    }

    [Theory]
    [InlineData("Europe", PlaceKind.Continent, 6255148L)]
    [InlineData("Black Sea", PlaceKind.Sea, 630673L)]
    [InlineData("Red Sea", PlaceKind.Sea, 350155L)]
    [InlineData("Kentucky", PlaceKind.Admin1, 6254925L)]
    public void Area_CarriesItsGeoNamesId(string name, PlaceKind kind, long geonameId) =>
        Assert.Equal(geonameId, Only(name, kind).GeonameId);

    [Theory]
    [InlineData("Soviet Union", 8354411L, 60.0, 98.0)]
    [InlineData("European Union", 6695072L, 50.83857, 4.37599)]
    public void FormerStateAndUnionOfStates_CarryGeoNamesIdAndPoint(string name, long geonameId, double lat, double lon)
    {
        var region = Only(name, PlaceKind.Region);
        Assert.Equal(geonameId, region.GeonameId);
        Assert.Equal((lat, lon), (region.Lat, region.Lon));
    }

    [Fact]
    public void Territory_WithoutGeoNamesPoint_KeepsAPointInsideItsOutline()
    {
        // country-points lists sovereign states only; Greenland keeps the point it had, with GeoNames' id.
        var greenland = Only("Greenland", PlaceKind.Country);
        Assert.Equal(3425505L, greenland.GeonameId);
        Assert.True(greenland.Covers(greenland.Lat, greenland.Lon));
    }
}
