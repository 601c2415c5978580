using IncidentMap.Geoparsing.Places;
using IncidentMap.Geoparsing.Sources;
using NetTopologySuite.IO;

namespace IncidentMap.Geoparsing.Tests.Places;

public sealed class Admin1JoinTests
{
    private static readonly WKTReader _wkt = new(GeometryFactories.Wgs84.GeometryServices);

    private static readonly WorldCountry[] _world =
    [
        new() { Alpha3 = "PHL", Alpha2 = "PH", CommonName = "Philippines", Names = [], ShortForms = [], Demonyms = [], Borders = [], Lat = 13, Lon = 122, Independent = true },
        new() { Alpha3 = "USA", Alpha2 = "US", CommonName = "United States", Names = [], ShortForms = [], Demonyms = [], Borders = [], Lat = 38, Lon = -97, Independent = true },
    ];

    private static NaturalEarthAdmin1 Unit(string iso, string a3, string name, string? geoNamesCode, string wkt) => new()
    {
        IsoCode = iso,
        Adm0A3 = a3,
        Name = name,
        CountryName = null,
        Region = null,
        GeoUnit = null,
        BaseNames = [name],
        OtherNames = [],
        ShortForms = [],
        TypeEn = "Province",
        TypeLocal = null,
        GeoNamesAdmin1 = geoNamesCode,
        GeoNamesName = null,
        GeonameId = null,
        Lat = 0,
        Lon = 0,
        Geometry = _wkt.Read(wkt),
    };

    private static GeoNamesCity City(long id, string country, string admin1, double lat, double lon) => new()
    {
        GeonameId = id,
        Name = "Town " + id,
        AsciiName = "Town " + id,
        AlternateNames = [],
        Lat = lat,
        Lon = lon,
        FeatureCode = "PPL",
        CountryCode = country,
        Admin1 = admin1,
        Admin2 = "",
        Population = 10_000,
    };

    // GeoNames' "PH.03" is the Central Luzon region; Natural Earth gives that code to Agusan del Sur, 700 km away.
    private static readonly NaturalEarthAdmin1[] _units =
    [
        Unit("PH-BUL", "PHL", "Bulacan", "PH.E4", "POLYGON ((120.6 14.7, 121.3 14.7, 121.3 15.2, 120.6 15.2, 120.6 14.7))"),
        Unit("PH-AGS", "PHL", "Agusan del Sur", "PH.03", "POLYGON ((125.4 7.9, 126.3 7.9, 126.3 9.0, 125.4 9.0, 125.4 7.9))"),
        Unit("US-KY", "USA", "Kentucky", "US.KY", "POLYGON ((-89.6 36.5, -82 36.5, -82 39.1, -89.6 39.1, -89.6 36.5))"),
    ];

    private static readonly GeoNamesCity[] _cities =
    [
        City(1, "PH", "03", 14.86, 120.95),   // Pandi, inside Bulacan
        City(2, "PH", "03", 14.84, 120.81),   // Malolos, inside Bulacan
        City(3, "PH", "03", 15.5, 119.9),     // a coastal town outside every outline here
        City(4, "US", "KY", 37.13, -84.08),   // London, Kentucky
        City(5, "US", "KY", 36.6, -89.7),     // on the Mississippi, just outside the outline
    ];

    [Fact]
    public void City_TakesTheUnitWhoseOutlineContainsIt_NotAMismatchedCode()
    {
        var join = Admin1Join.Build(_cities, _units, _world);

        Assert.Equal("PH-BUL", join.UnitOf(_cities[0]));
        Assert.Equal("PH-BUL", join.UnitOf(_cities[1]));
    }

    [Fact]
    public void CodeTheCitiesContradict_IsNotJoined()
    {
        var join = Admin1Join.Build(_cities, _units, _world);

        Assert.False(join.IsoByGeoNamesCode.ContainsKey("PH.03"));
        Assert.Null(join.UnitOf(_cities[2]));
    }

    [Fact]
    public void CodeTheCitiesConfirm_PlacesATownJustOutsideTheOutline()
    {
        var join = Admin1Join.Build(_cities, _units, _world);

        Assert.Equal("US-KY", join.IsoByGeoNamesCode["US.KY"]);
        Assert.Equal("US-KY", join.UnitOf(_cities[4]));
    }
}
