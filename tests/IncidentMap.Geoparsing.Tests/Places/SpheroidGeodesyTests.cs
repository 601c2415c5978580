using IncidentMap.Geoparsing.Places;
using NetTopologySuite.IO;

namespace IncidentMap.Geoparsing.Tests.Places;

public sealed class SpheroidGeodesyTests
{
    private static readonly WKTReader _wkt = new(GeometryFactories.Wgs84.GeometryServices);

    [Fact]
    public void GeodesicMetres_FlindersPeakToBuninyong_MatchesVincentysPublishedValue()
    {
        // Vincenty (1975), test line: 54 972.271 m on WGS 84.
        var metres = Geodesy.GeodesicMetres(-37.9510334166667, 144.424867888889, -37.6528211388889, 143.926495527778);
        Assert.Equal(54972.271, metres, 0.01);
    }

    [Fact]
    public void GeodesicMetres_PointToMeridianLine_IsTheDistanceAlongTheParallelNearly()
    {
        var metres = Geodesy.GeodesicMetres(_wkt.Read("POINT (23 52)"), _wkt.Read("LINESTRING (24 51, 24 53)"));
        // One degree of longitude at 52°N is 68.7 km on the spheroid; the geodesic is a hair shorter.
        Assert.InRange(metres, 68_500, 68_750);
    }

    [Fact]
    public void GeodesicMetres_OverlappingGeometries_IsZero()
    {
        Assert.Equal(0, Geodesy.GeodesicMetres(_wkt.Read("POLYGON ((23 52, 25 52, 25 54, 23 54, 23 52))"), _wkt.Read("LINESTRING (24 51, 24 55)")));
    }
}
