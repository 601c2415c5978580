using IncidentMap.Geoparsing.Places;
using NetTopologySuite.IO;

namespace IncidentMap.Geoparsing.Tests.Places;

public sealed class BorderTests
{
    private static readonly WKTReader _wkt = new(NetTopologySuite.NtsGeometryServices.Instance);

    [Fact]
    public void SharedEdge_IsTheLineBothOutlinesRunAlong()
    {
        var west = _wkt.Read("POLYGON ((20 50, 24 50, 24 52, 24 54, 20 54, 20 50))");
        var east = _wkt.Read("MULTIPOLYGON (((24 51, 28 51, 28 55, 24 55, 24 54, 24 52, 24 51)), ((30 50, 31 50, 31 51, 30 50)))");
        var edge = BorderPlaces.SharedEdge(west, east)!;
        // From 51 N to 54 N along 24 E: 3 degrees of latitude, about 333 km.
        Assert.InRange(Geodesy.LengthKm(edge), 330, 337);
        Assert.Equal(1, edge.NumGeometries);
    }

    [Fact]
    public void SharedEdge_OfCountriesThatDoNotTouch_IsNull() =>
        Assert.Null(BorderPlaces.SharedEdge(_wkt.Read("POLYGON ((0 0, 1 0, 1 1, 0 0))"), _wkt.Read("POLYGON ((2 0, 3 0, 3 1, 2 0))")));
}
