using IncidentMap.Geoparsing.Places;
using IncidentMap.Geoparsing.Sources;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace IncidentMap.Geoparsing.Tests.Places;

/// <summary>"The Pacific", "the Mediterranean": whole water bodies made of Natural Earth's parts.</summary>
public sealed class WholeSeaTests
{
    private static readonly WKTReader _wkt = new(NetTopologySuite.NtsGeometryServices.Instance);

    private static Point At(double lat, double lon) => GeometryFactories.Wgs84.CreatePoint(new Coordinate(lon, lat));

    private static NaturalEarthMarineArea Area(string? name, string featureClass, int scaleRank, string wkt) =>
        new(name, null, featureClass, scaleRank, _wkt.Read(wkt));

    [Fact]
    public void Pacific_IsTheWholeOcean_OnBothSidesOfTheAntimeridian()
    {
        var pacific = RealGazetteer.Load().Lookup("Pacific")[0];
        Assert.Equal("sea:Pacific Ocean", pacific.Id);
        Assert.True(pacific.Geometry.Contains(At(0, -160)), "0 N 160 W, in Natural Earth's South Pacific");
        Assert.True(pacific.Geometry.Contains(At(0, 170)), "0 N 170 E, in Natural Earth's North Pacific");
        Assert.True(pacific.Geometry.Contains(At(20, 135)), "the Philippine Sea");
        Assert.True(pacific.Geometry.Contains(pacific.Point), "its point is in the water");
        // The central Pacific: a point taken on longitudes cut at ±180 would fall in one half, or near longitude 0.
        Assert.True(pacific.Lon > 150 || pacific.Lon < -130, $"point at {pacific.Lat:0.0}, {pacific.Lon:0.0}");
        Assert.Same(pacific, RealGazetteer.Load().Lookup("Pacific Ocean")[0]);
    }

    [Fact]
    public void OceanHalves_KeepTheirFullNames_NotTheShortForms()
    {
        var gazetteer = RealGazetteer.Load();
        Assert.Contains(gazetteer.Lookup("North Pacific Ocean"), p => p.Id == "sea:North Pacific Ocean");
        Assert.Contains(gazetteer.Lookup("South Atlantic Ocean"), p => p.Id == "sea:South Atlantic Ocean");
        Assert.DoesNotContain(gazetteer.Lookup("Pacific"), p => p.Id == "sea:North Pacific Ocean");
        Assert.DoesNotContain(gazetteer.Lookup("Atlantic"), p => p.Id == "sea:South Atlantic Ocean");
    }

    [Fact]
    public void Mediterranean_IsTheWholeSea_WithItsBasins_NotTheBlackSea()
    {
        var med = RealGazetteer.Load().Lookup("Mediterranean")[0];
        Assert.Equal("sea:Mediterranean Sea", med.Id);
        Assert.True(med.Geometry.Contains(At(38.5, 25)), "the Aegean");
        Assert.True(med.Geometry.Contains(At(40, 12)), "the Tyrrhenian");
        Assert.True(med.Geometry.Contains(At(43, 15)), "the Adriatic");
        Assert.True(med.Geometry.Contains(At(31.5, 18)), "the Gulf of Sidra");
        Assert.False(med.Geometry.Contains(At(43, 34)), "the Black Sea is a sea of its own");
        Assert.True(med.Geometry.Contains(med.Point));
    }

    [Fact]
    public void IndianOcean_HoldsItsMarginalSeas_NotTheSeasBehindStraits()
    {
        var indian = RealGazetteer.Load().Lookup("Indian Ocean")[0];
        Assert.True(indian.Geometry.Contains(At(15, 65)), "the Arabian Sea");
        Assert.True(indian.Geometry.Contains(At(15, 88)), "the Bay of Bengal");
        Assert.True(indian.Geometry.Contains(At(12, 97)), "the Andaman Sea");
        Assert.True(indian.Geometry.Contains(At(-18, 41)), "the Mozambique Channel");
        Assert.False(indian.Geometry.Contains(At(27, 51)), "the Persian Gulf is entered by the Strait of Hormuz");
        Assert.False(indian.Geometry.Contains(At(20, 38.5)), "the Red Sea by the Bab el Mandeb");
        Assert.False(indian.Geometry.Contains(At(-5, 110)), "the Java Sea is the Indonesian archipelago's");
    }

    [Fact]
    public void Atlantic_HoldsTheSargassoSea_NotTheMediterranean()
    {
        var atlantic = RealGazetteer.Load().Lookup("Atlantic")[0];
        Assert.Equal("sea:Atlantic Ocean", atlantic.Id);
        Assert.True(atlantic.Geometry.Contains(At(28, -60)), "the Sargasso Sea");
        Assert.True(atlantic.Geometry.Contains(At(-20, -15)), "the South Atlantic");
        Assert.False(atlantic.Geometry.Contains(At(35, 18)), "the Mediterranean");
        Assert.True(atlantic.Geometry.Contains(atlantic.Point));
    }

    [Fact]
    public void MinorArea_OpeningOnlyOntoAWhole_IsPartOfIt_AStraitToAnotherSeaIsNot()
    {
        NaturalEarthMarineArea[] areas =
        [
            Area("Mediterranean Sea", "sea", 1, "POLYGON ((0 30, 30 30, 30 40, 0 40, 0 30))"),
            Area("Gulf of Sidra", "gulf", 5, "POLYGON ((10 28, 20 28, 20 30, 10 30, 10 28))"),
            Area("Dardanelles", "channel", 7, "POLYGON ((30 39, 31 39, 31 40, 30 40, 30 39))"),
            Area("Sea of Marmara", "sea", 6, "POLYGON ((31 39, 33 39, 33 41, 31 41, 31 39))"),
            Area("Black Sea", "sea", 1, "POLYGON ((33 39, 40 39, 40 45, 33 45, 33 39))"),
            Area("Lake", "lagoon", 8, "POLYGON ((0 40, 1 40, 1 41, 0 41, 0 40))"),
        ];
        var med = WholeSea.Members(areas).Single(w => w.Key.Name == "Mediterranean Sea").Value.Select(a => a.Name!).ToArray();
        Assert.Equal(["Mediterranean Sea", "Gulf of Sidra"], med);
    }

    [Fact]
    public void PointOfAnAreaCutAtTheAntimeridian_LiesAcrossIt_NotNearLongitudeZero()
    {
        // Natural Earth cuts at ±180 and leaves a hair's gap between the halves.
        var area = _wkt.Read("MULTIPOLYGON (((170 -10, 179.9999 -10, 179.9999 10, 170 10, 170 -10)), ((-180 -10, -160 -10, -160 10, -180 10, -180 -10)))");
        var (lat, lon) = Antimeridian.CentroidOrInteriorPoint(area);
        Assert.Equal(0, lat, 6);
        Assert.Equal(-175, lon, 3);
        var (_, interiorLon) = Antimeridian.InteriorPoint(area);
        Assert.Equal(-175, interiorLon, 3);
        var (_, plainLon) = Antimeridian.CentroidOrInteriorPoint(_wkt.Read("POLYGON ((0 -1, 10 -1, 10 1, 0 1, 0 -1))"));
        Assert.Equal(5, plainLon, 6);
    }
}
