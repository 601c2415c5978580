using IncidentMap.Geoparsing.Places;
using NetTopologySuite.Geometries;

namespace IncidentMap.Geoparsing.Tests.Places;

/// <summary>Islands, island groups and regions news names, as unions of admin-1 units or of whole countries.</summary>
public sealed class IslandAndRegionTests
{
    private static Point At(double lat, double lon) => GeometryFactories.Wgs84.CreatePoint(new Coordinate(lon, lat));

    private static Place Region(string name) => RealGazetteer.Load().Lookup(name).First(p => p.Kind == PlaceKind.Region);

    [Fact]
    public void Java_IsTheIslandFromJakartaToSurabaya_BeforeATownOfThatName()
    {
        var java = RealGazetteer.Load().Lookup("Java")[0];
        Assert.Equal(("region:Java", "IDN"), (java.Id, java.CountryCode));
        Assert.True(java.Geometry.Contains(At(-6.21, 106.85)), "Jakarta");
        Assert.True(java.Geometry.Contains(At(-7.25, 112.75)), "Surabaya");
        Assert.False(java.Geometry.Contains(At(3.59, 98.67)), "Medan is on Sumatra");
    }

    [Fact]
    public void Sumatra_HoldsMedanAndPalembang()
    {
        var sumatra = Region("Sumatra");
        Assert.True(sumatra.Geometry.Contains(At(3.59, 98.67)), "Medan");
        Assert.True(sumatra.Geometry.Contains(At(-2.99, 104.76)), "Palembang");
    }

    [Fact]
    public void Borneo_IsSharedByIndonesiaMalaysiaAndBrunei()
    {
        var borneo = Region("Borneo");
        Assert.Equal(["BRN", "IDN", "MYS"], borneo.Members.Order());
        Assert.True(borneo.Geometry.Contains(At(1.55, 110.35)), "Kuching");
        Assert.True(borneo.Geometry.Contains(At(4.89, 114.94)), "Bandar Seri Begawan");
        Assert.True(borneo.Geometry.Contains(At(-2.21, 113.92)), "Palangka Raya");
        Assert.False(borneo.Geometry.Contains(At(3.14, 101.69)), "Kuala Lumpur is on the peninsula");
    }

    [Fact]
    public void PhilippineIslandGroups_HoldTheirCities()
    {
        Assert.True(Region("Luzon").Geometry.Contains(At(14.60, 120.98)), "Manila");
        Assert.True(Region("Visayas").Geometry.Contains(At(10.32, 123.89)), "Cebu");
        Assert.True(Region("Mindanao").Geometry.Contains(At(7.07, 125.61)), "Davao");
        Assert.False(Region("Luzon").Geometry.Contains(At(7.07, 125.61)));
    }

    [Fact]
    public void JapaneseMainIslands_HoldTheirPrefectures_KyushuWithNagasaki()
    {
        Assert.True(Region("Honshu").Geometry.Contains(At(35.68, 139.69)), "Tokyo");
        Assert.True(Region("Honshu").Geometry.Contains(At(34.39, 132.46)), "Hiroshima");
        Assert.False(Region("Honshu").Geometry.Contains(At(43.06, 141.35)), "Sapporo is on Hokkaido");
        var kyushu = Assert.Single(RealGazetteer.Load().Lookup("Kyushu"), p => p.Kind == PlaceKind.Region);
        Assert.True(kyushu.Geometry.Contains(At(32.75, 129.88)), "Nagasaki, which Natural Earth leaves without a region");
        Assert.True(Region("Shikoku").Geometry.Contains(At(33.84, 132.77)), "Matsuyama");
    }

    [Fact]
    public void Jutland_HoldsAarhus_NotCopenhagen()
    {
        var jutland = Region("Jutland");
        Assert.True(jutland.Geometry.Contains(At(56.16, 10.20)), "Aarhus");
        Assert.False(jutland.Geometry.Contains(At(55.68, 12.57)), "Copenhagen is on Zealand");
    }

    [Fact]
    public void NewEngland_HoldsBoston_NotNewYork_PacificNorthwestHoldsSeattle()
    {
        var newEngland = Region("New England");
        Assert.Equal("USA", newEngland.CountryCode);
        Assert.True(newEngland.Geometry.Contains(At(42.36, -71.06)), "Boston");
        Assert.False(newEngland.Geometry.Contains(At(40.71, -74.01)), "New York City");
        Assert.True(Region("Pacific Northwest").Geometry.Contains(At(47.61, -122.33)), "Seattle");
    }

    [Fact]
    public void SovietUnion_IsItsFifteenSuccessorStates()
    {
        var gazetteer = RealGazetteer.Load();
        var ussr = Region("Soviet Union");
        Assert.Equal(15, ussr.Members.Count);
        Assert.True(ussr.Geometry.Contains(At(55.76, 37.62)), "Moscow");
        Assert.True(ussr.Geometry.Contains(At(43.24, 76.89)), "Almaty");
        Assert.False(ussr.Geometry.Contains(At(52.23, 21.01)), "Warsaw");
        Assert.Same(ussr, Region("USSR"));
        Assert.Same(ussr, Region("former Soviet Union"));
        Assert.Contains(ussr, gazetteer.FindByDemonym("Soviet"));
    }

    [Theory]
    [InlineData("Java")]
    [InlineData("Sumatra")]
    [InlineData("Borneo")]
    [InlineData("Sulawesi")]
    [InlineData("Luzon")]
    [InlineData("Visayas")]
    [InlineData("Mindanao")]
    [InlineData("Jutland")]
    [InlineData("Honshu")]
    [InlineData("Kyushu")]
    [InlineData("Shikoku")]
    [InlineData("New England")]
    [InlineData("Pacific Northwest")]
    [InlineData("Soviet Union")]
    public void RegionPoint_LiesInTheRegion(string name)
    {
        var region = Region(name);
        Assert.True(region.Geometry.Contains(region.Point), $"{name} at {region.Lat:0.00}, {region.Lon:0.00}");
    }
}
