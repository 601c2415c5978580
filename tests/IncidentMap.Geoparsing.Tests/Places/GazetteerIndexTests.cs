using IncidentMap.Geoparsing.Places;
using NetTopologySuite.IO;

namespace IncidentMap.Geoparsing.Tests.Places;

public sealed class GazetteerIndexTests
{
    private static readonly WKTReader _wkt = new(NetTopologySuite.NtsGeometryServices.Instance);

    private static Place Make(string id, PlaceKind kind, string name, string wkt, params string[] names)
    {
        var geometry = _wkt.Read(wkt);
        geometry.SRID = 4326;
        var point = geometry.InteriorPoint;
        return new Place(geometry) { Id = id, Kind = kind, Name = name, Names = [name, .. names], Lat = point.Y, Lon = point.X };
    }

    private static Gazetteer Small() => new(
    [
        Make("country:POL", PlaceKind.Country, "Poland", "POLYGON ((14 49, 24 49, 24 55, 14 55, 14 49))", "Polska"),
        Make("admin1:UA-12", PlaceKind.Admin1, "Dnipropetrovs'k", "POLYGON ((33 47, 36 47, 36 49, 33 49, 33 47))", "Dnipropetrovsk Oblast"),
        Make("city:703448", PlaceKind.City, "Kyiv", "POINT (30.52 50.45)", "Kiev", "Київ"),
        Make("city:1", PlaceKind.City, "Grodno", "POINT (23.83 53.69)"),
        Make("sea:White Sea", PlaceKind.Sea, "White Sea", "POLYGON ((34 64, 41 64, 41 67, 34 67, 34 64))"),
    ]);

    [Theory]
    [InlineData("Dnipropetrovsk")]
    [InlineData("DNIPROPETROVS’K")]
    [InlineData("dnipropetrovs'k")]
    public void Lookup_FoldsApostrophesAndCase(string name) =>
        Assert.Equal("admin1:UA-12", Assert.Single(Small().Lookup(name)).Id);

    [Fact]
    public void Lookup_MultiWordNames_HyphenEqualsSpace()
    {
        var gazetteer = Small();
        Assert.Equal("admin1:UA-12", Assert.Single(gazetteer.Lookup("Dnipropetrovsk-Oblast")).Id);
        Assert.Equal(2, gazetteer.MaxNameWords);
    }

    [Fact]
    public void Lookup_Unknown_IsEmpty() => Assert.Empty(Small().Lookup("Atlantis"));

    [Fact]
    public void LookupFolded_SpanPath_FindsTheSameEntry()
    {
        var gazetteer = Small();
        Assert.Same(gazetteer.Lookup("Kyiv")[0], gazetteer.LookupFolded("kiev".AsSpan())[0]);
        Assert.Same(gazetteer.Lookup("Kyiv")[0], gazetteer.LookupFolded(NameFolding.Fold("Київ"))[0]);
    }

    [Fact]
    public void Lookup_Homonyms_MostProminentFirst()
    {
        var region = Make("admin1:BY-HR", PlaceKind.Admin1, "Grodno", "POLYGON ((23 52, 27 52, 27 54.5, 23 54.5, 23 52))");
        var city = Make("city:627904", PlaceKind.City, "Hrodna", "POINT (23.83 53.69)", "Grodno");
        var small = Make("city:2", PlaceKind.City, "Grodno", "POINT (10 10)");
        var gazetteer = new Gazetteer([small, city, region]);
        var ids = gazetteer.Lookup("Grodno").Select(p => p.Id).ToArray();
        Assert.Equal("admin1:BY-HR", ids[0]);
        Assert.Equal(3, ids.Length);
    }

    [Fact]
    public void Abbreviations_AreNotNames_ButHaveTheirOwnLookup()
    {
        var usa = new Place(_wkt.Read("POLYGON ((-125 25, -67 25, -67 49, -125 49, -125 25))"))
        {
            Id = "country:USA",
            Kind = PlaceKind.Country,
            Name = "United States",
            Names = ["United States"],
            Code = "USA",
            Lat = 38,
            Lon = -97,
            Abbreviations = ["U.S.", "US", "USA"],
        };
        var gazetteer = new Gazetteer([usa]);
        Assert.Empty(gazetteer.Lookup("us"));
        Assert.Same(usa, Assert.Single(gazetteer.LookupAbbreviation("U.S.")));
        Assert.Same(usa, Assert.Single(gazetteer.LookupAbbreviationFolded("usa")));
    }

    [Fact]
    public void Borders_AddressableInEitherOrder_ByCodeOrName()
    {
        var pol = new Place(_wkt.Read("POLYGON ((14 49, 24 49, 24 55, 14 55, 14 49))"))
        { Id = "country:POL", Kind = PlaceKind.Country, Name = "Poland", Names = ["Poland"], Code = "POL", Alpha2 = "PL", Lat = 52, Lon = 20, Demonyms = ["Polish"] };
        var blr = new Place(_wkt.Read("POLYGON ((24 51, 32 51, 32 56, 24 56, 24 51))"))
        { Id = "country:BLR", Kind = PlaceKind.Country, Name = "Belarus", Names = ["Belarus"], Code = "BLR", Alpha2 = "BY", Lat = 53, Lon = 28 };
        var border = new Place(_wkt.Read("LINESTRING (24 51, 24 55)"))
        { Id = "border:BLR-POL", Kind = PlaceKind.Border, Name = "Poland–Belarus border", Lat = 53, Lon = 24, Neighbours = ["BLR", "POL"] };
        var gazetteer = new Gazetteer([pol, blr, border]);
        Assert.Same(border, gazetteer.FindBorder("Poland", "BY"));
        Assert.Same(border, gazetteer.FindBorder("BLR", "POL"));
        Assert.Same(border, Assert.Single(gazetteer.BordersOf("PL")));
        Assert.Same(pol, gazetteer.FindCountryByDemonym("polish"));
        Assert.Empty(gazetteer.Lookup("Polish"));
    }
}
