using IncidentMap.Geoparsing.Places;
using NetTopologySuite.IO;

namespace IncidentMap.Geoparsing.Tests.Places;

public sealed class GazetteerCacheTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("incidentmap-cache-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void WriteThenRead_KeepsEveryAttributeAndGeometry()
    {
        var wkt = new WKTReader(NetTopologySuite.NtsGeometryServices.Instance);
        var sea = new Place(GeometryFactories.Wgs84.CreateGeometry(wkt.Read("POLYGON ((34 64, 41 64, 41 67, 34 67, 34 64))")))
        {
            Id = "sea:White Sea",
            Kind = PlaceKind.Sea,
            Name = "White Sea",
            Names = ["White Sea", "Beloye More"],
            Code = "White Sea",
            Type = "sea",
            Lat = 65.5,
            Lon = 37.5,
            Rank = 7,
        };
        var city = new Place(GeometryFactories.Wgs84.CreatePoint(new NetTopologySuite.Geometries.Coordinate(23.83, 53.69)))
        {
            Id = "city:627904",
            Kind = PlaceKind.City,
            Name = "Hrodna",
            Names = ["Hrodna", "Grodno"],
            CountryCode = "BLR",
            Admin1Code = "BY-HR",
            Admin2Code = "BY.03.123",
            Lat = 53.69,
            Lon = 23.83,
            Population = 317_365,
            GeonameId = 627904,
            Abbreviations = ["HR"],
        };
        var file = Path.Combine(_dir, "g.bin");
        GazetteerCache.Write(file, [sea, city], "digest-1");

        var read = GazetteerCache.Read(file, "digest-1")!;
        Assert.Equal(2, read.Count);
        Assert.Equal(sea.Names, read[0].Names);
        Assert.True(sea.Geometry.EqualsExact(read[0].Geometry));
        Assert.Equal(4326, read[0].Geometry.SRID);
        Assert.Equivalent(new { city.Id, city.Admin1Code, city.Admin2Code, city.Population, city.GeonameId, city.Abbreviations, city.Lat },
            new { read[1].Id, read[1].Admin1Code, read[1].Admin2Code, read[1].Population, read[1].GeonameId, read[1].Abbreviations, read[1].Lat });
        Assert.True(city.Geometry.EqualsExact(read[1].Geometry));
    }

    [Fact]
    public void Read_OtherSources_IsRefused()
    {
        var file = Path.Combine(_dir, "g.bin");
        GazetteerCache.Write(file, [], "digest-1");
        Assert.Null(GazetteerCache.Read(file, "digest-2"));
    }
}
