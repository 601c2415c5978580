using IncidentMap.Geoparsing.Places;
using NetTopologySuite.IO;

namespace IncidentMap.Geoparsing.Tests.Places;

public sealed class TerritorialSeaTests
{
    private static readonly WKTReader _wkt = new(NetTopologySuite.NtsGeometryServices.Instance);

    [Theory]
    [InlineData(0)]
    [InlineData(60)]
    [InlineData(78)]
    public void Buffer_Is12NauticalMilesOnTheGround_AtAnyLatitude(double lat)
    {
        // An island one degree wide; its east coast at longitude 21.
        var island = _wkt.Read(FormattableString.Invariant($"POLYGON ((20 {lat}, 21 {lat}, 21 {lat + 1}, 20 {lat + 1}, 20 {lat}))"));
        var sea = AirspacePlaces.Buffer(island, AirspacePlaces.TerritorialSeaMetres);
        var mid = lat + 0.5;
        Assert.True(sea.Contains(RealGazetteerTests.Destination(mid, 21, 90, 20)), "20 km off the coast is inside");
        Assert.False(sea.Contains(RealGazetteerTests.Destination(mid, 21, 90, 25)), "25 km off the coast is outside");
        Assert.True(sea.Contains(RealGazetteerTests.Destination(lat + 1, 20.5, 0, 20)), "20 km north is inside");
        Assert.False(sea.Contains(RealGazetteerTests.Destination(lat + 1, 20.5, 0, 25)), "25 km north is outside");
    }

    [Fact]
    public void Buffer_AcrossTileEdges_HasNoGaps()
    {
        // A coast that runs over the 10° tile line at latitude 50: the sea must be continuous across it.
        var land = _wkt.Read("POLYGON ((15 45, 16 45, 16 55, 15 55, 15 45))");
        var sea = AirspacePlaces.Buffer(land, AirspacePlaces.TerritorialSeaMetres);
        Assert.Equal(1, sea.NumGeometries);
        Assert.True(sea.Contains(RealGazetteerTests.Destination(50, 16, 90, 15)));
    }
}
