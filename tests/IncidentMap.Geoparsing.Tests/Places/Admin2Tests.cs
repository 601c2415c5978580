using IncidentMap.Geoparsing.Places;
using IncidentMap.Geoparsing.Sources;

namespace IncidentMap.Geoparsing.Tests.Places;

public sealed class Admin2Tests
{
    private static GeoNamesCity City(long id, string name, double lat, double lon, long population, string admin2) => new()
    {
        GeonameId = id,
        Name = name,
        AsciiName = name,
        AlternateNames = [],
        Lat = lat,
        Lon = lon,
        FeatureCode = "PPL",
        CountryCode = "US",
        Admin1 = "KY",
        Admin2 = admin2,
        Population = population,
    };

    [Fact]
    public void County_IsAtThePopulationWeightedCentreOfItsCities_BoundedByTheirExtent()
    {
        GeoNamesCity[] cities =
        [
            City(1, "London", 37.13, -84.08, 9_000, "125"),
            City(2, "East Bernstadt", 37.19, -84.14, 1_000, "125"),
            City(3, "Corbin", 36.95, -84.10, 7_000, "235"),
        ];
        var names = new Dictionary<string, string> { ["US.KY.125"] = "Laurel County", ["US.KY.235"] = "Whitley County" };
        var world = new[] { new WorldCountry { Alpha3 = "USA", Alpha2 = "US", CommonName = "United States", Names = [], ShortForms = [], Demonyms = [], Borders = [], Lat = 38, Lon = -97, Independent = true } };

        var counties = Admin2Places.Build(cities, names, Admin1Join.Build(cities, [], world), world);

        var laurel = Assert.Single(counties, c => c.Id == "admin2:US.KY.125");
        Assert.Equal("Laurel County", laurel.Name);
        Assert.Equal("USA", laurel.CountryCode);
        Assert.Equal(37.136, laurel.Lat, 3);
        Assert.Equal(-84.086, laurel.Lon, 3);
        Assert.Equal(10_000, laurel.Population);
        Assert.Equal(new NetTopologySuite.Geometries.Envelope(-84.14, -84.08, 37.13, 37.19), laurel.Geometry.EnvelopeInternal);
        Assert.Equal(2, counties.Count);
    }
}
