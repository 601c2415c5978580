using IncidentMap.Geoparsing.Places;
using IncidentMap.Geoparsing.Sources;

namespace IncidentMap.Geoparsing.Tests.Places;

public sealed class NaturalEarthJoinTests
{
    private static GeoNamesCity City(long id, string name, string country, double lat, double lon, long population) => new()
    {
        GeonameId = id,
        Name = name,
        AsciiName = name,
        AlternateNames = [],
        Lat = lat,
        Lon = lon,
        FeatureCode = "PPL",
        CountryCode = country,
        Admin1 = "01",
        Admin2 = "",
        Population = population,
    };

    private static NaturalEarthPopulatedPlace Place(long? geonameId, string name, double lat, double lon, long population) => new()
    {
        GeonameId = geonameId,
        Name = name,
        Names = [name],
        Adm0A3 = "CHL",
        FeatureClass = "Admin-0 capital",
        Rank = 10,
        Population = population,
        Lat = lat,
        Lon = lon,
        NaturalEarthId = 1,
    };

    private static readonly GeoNamesCity[] _cities =
    [
        City(3871336, "Santiago", "CL", -33.46, -70.65, 4_837_295),
        City(3449741, "Santiago", "BR", -29.19, -54.87, 46_611),
        City(3874960, "Puerto Montt", "CL", -41.47, -72.94, 175_938),
    ];

    [Fact]
    public void IdOfAFarNamesake_IsNotTrusted_TheSameNameNearbyIsJoined()
    {
        // Natural Earth's Santiago de Chile carries the GeoNames id of a Brazilian town 1,570 km away.
        var joined = CityPlaces.JoinNaturalEarth(_cities, [Place(3449741, "Santiago", -33.45, -70.67, 5_720_000)]);

        Assert.Equal(5_720_000, joined[3871336].Population);
        Assert.False(joined.ContainsKey(3449741));
    }

    [Fact]
    public void IdOfTheSamePlace_IsJoined()
    {
        var joined = CityPlaces.JoinNaturalEarth(_cities, [Place(3874960, "Puerto Montt", -41.47, -72.94, 200_000)]);

        Assert.Equal(200_000, joined[3874960].Population);
    }

    [Fact]
    public void PlaceWithNoMatchWithin25Km_StaysUnjoined()
    {
        var joined = CityPlaces.JoinNaturalEarth(_cities, [Place(3449741, "Santiago", -20.0, -70.0, 1_000)]);

        Assert.Empty(joined);
    }
}
