using IncidentMap.Geoparsing.Places;
using IncidentMap.Geoparsing.Sources;
using NetTopologySuite.IO;

namespace IncidentMap.Geoparsing.Tests.Places;

/// <summary>First-level divisions newer than Natural Earth's: Kenya's counties, the DR Congo's provinces.</summary>
public sealed class GeoNamesAdmin1Tests
{
    private static readonly WKTReader _wkt = new(NetTopologySuite.NtsGeometryServices.Instance);

    private static NaturalEarthAdmin1 Unit(string iso, string name, string wkt)
    {
        var geometry = _wkt.Read(wkt);
        return new NaturalEarthAdmin1
        {
            IsoCode = iso,
            Adm0A3 = "KEN",
            Name = name,
            CountryName = "Kenya",
            Region = null,
            GeoUnit = null,
            BaseNames = [name],
            OtherNames = [],
            ShortForms = [],
            TypeEn = "Province",
            TypeLocal = null,
            GeoNamesAdmin1 = null,
            GeoNamesName = null,
            GeonameId = null,
            Lat = geometry.InteriorPoint.Y,
            Lon = geometry.InteriorPoint.X,
            Geometry = geometry,
        };
    }

    private static GeoNamesCity City(long id, string admin1, double lat, double lon, long population = 1_000) => new()
    {
        GeonameId = id,
        Name = "Town" + id,
        AsciiName = "Town" + id,
        AlternateNames = [],
        Lat = lat,
        Lon = lon,
        FeatureCode = "PPL",
        CountryCode = "KE",
        Admin1 = admin1,
        Admin2 = "",
        Population = population,
    };

    [Fact]
    public void Division_InsideAnOlderUnit_IsBuilt_TheSameUnitJoins_AUnionOfUnitsIsLeftToThem()
    {
        NaturalEarthAdmin1[] units =
        [
            Unit("KE-700", "Rift Valley", "POLYGON ((34 -2, 37 -2, 37 2, 34 2, 34 -2))"),
            Unit("KE-200", "Central", "POLYGON ((37 -2, 38 -2, 38 2, 37 2, 37 -2))"),
            Unit("KE-300", "Coast", "POLYGON ((38 -5, 42 -5, 42 -1, 38 -1, 38 -5))"),
            Unit("KE-500", "North-Eastern", "POLYGON ((38 2, 42 2, 42 5, 38 5, 38 2))"),
        ];
        GeoNamesCity[] cities =
        [
            // Two new counties inside the old Rift Valley province.
            City(1, "45", 1.1, 36.7, 9_000), City(2, "45", 1.3, 36.9, 1_000),
            City(3, "39", -0.3, 36.1), City(4, "39", -0.5, 35.9),
            // The Coast province under another code.
            City(5, "99", -4.0, 39.6), City(6, "99", -3.2, 40.1),
            // A division made of the whole Central and North-Eastern provinces.
            City(7, "97", 0.0, 37.5), City(8, "97", 3.0, 40.0),
        ];
        var names = new Dictionary<string, string>
        {
            ["KE.45"] = "Samburu County",
            ["KE.39"] = "Nakuru County",
            ["KE.99"] = "Pwani",
            ["KE.97"] = "Highlands",
        };
        var world = new[] { new WorldCountry { Alpha3 = "KEN", Alpha2 = "KE", CommonName = "Kenya", Names = [], ShortForms = [], Demonyms = [], Borders = [], Lat = 1, Lon = 38, Independent = true } };

        var join = Admin1Join.Build(cities, units, world);
        var (places, joins, divisions) = GeoNamesAdmin1Places.Build(cities, names, units, world, join, GeoNamesReference.Empty);

        Assert.Equal(["admin1:KE.39", "admin1:KE.45"], places.Select(p => p.Id).Order());
        var samburu = places.Single(p => p.Code == "KE.45");
        Assert.Equal((PlaceKind.Admin1, "KEN", "KE.45"), (samburu.Kind, samburu.CountryCode, samburu.Admin1Code));
        Assert.Equal(["Samburu County", "Samburu"], samburu.Names);
        Assert.Equal(1.12, samburu.Lat, 6);
        Assert.Equal(["KE.39", "KE.45"], divisions.Order());
        Assert.Equal(new Dictionary<string, string> { ["KE.99"] = "KE-300" }, joins);
        // A town of a new county lies in it, not in the old province around it.
        Assert.Equal("KE.45", join.With(joins, divisions).UnitOf(cities[0]));
        Assert.Equal("KE-700", join.UnitOf(cities[0]));
    }

    [Theory]
    [InlineData("Samburu County", "Samburu")]
    [InlineData("Nyamira county", "Nyamira")]
    [InlineData("Hela Province", "Hela")]
    [InlineData("Bono East", "Bono East")]
    [InlineData("Ada District", "Ada District")]
    public void Name_LosesATrailingTypeWord_WhereFourLettersRemain(string name, string expected) =>
        Assert.Equal(expected, GeoNamesAdmin1Places.WithoutType(name));

    [Fact]
    public void Ituri_IsAProvinceOfTheDrCongo_AroundBunia_ThatHoldsBunia()
    {
        var gazetteer = RealGazetteer.Load();
        var ituri = gazetteer.Lookup("Ituri").Single(p => p.Kind == PlaceKind.Admin1);
        Assert.Equal(("COD", "CD.17"), (ituri.CountryCode, ituri.Code));
        Assert.True(Geodesy.DistanceKm(ituri.Lat, ituri.Lon, 1.5594, 30.2522) < 150, "centred near Bunia");
        var bunia = gazetteer.Lookup("Bunia").First(p => p.Kind == PlaceKind.City && p.CountryCode == "COD");
        Assert.Equal(ituri.Code, bunia.Admin1Code);
    }

    [Fact]
    public void Samburu_IsAKenyanCounty_WithOrWithoutTheWordCounty()
    {
        var gazetteer = RealGazetteer.Load();
        var samburu = gazetteer.Lookup("Samburu").Single(p => p.Kind == PlaceKind.Admin1);
        Assert.Equal("KEN", samburu.CountryCode);
        Assert.Contains(gazetteer.Lookup("Samburu County"), p => p.Id == samburu.Id);
        Assert.Contains(gazetteer.Lookup("West Pokot"), p => p.Kind == PlaceKind.Admin1 && p.CountryCode == "KEN");
    }

    [Fact]
    public void DivisionsNaturalEarthHasUnderAnotherCode_JoinItsUnits_NotDuplicated()
    {
        var gazetteer = RealGazetteer.Load();
        // Telangana is in Natural Earth (as IN-TG) with a GeoNames code that no longer matches.
        Assert.Equal("admin1:IN-TG", Assert.Single(gazetteer.Lookup("Telangana"), p => p.Kind == PlaceKind.Admin1).Id);
        Assert.Equal("IN-TG", gazetteer.Lookup("Hyderabad").First(p => p.Kind == PlaceKind.City && p.CountryCode == "IND").Admin1Code);
        // A level above Natural Earth's units, and a level below a country it holds whole, are not built.
        Assert.Null(gazetteer.Get("admin1:IT.09"));
        Assert.Null(gazetteer.Get("admin1:GB.ENG"));
        Assert.Null(gazetteer.Get("admin1:PR.127"));
    }
}
