using IncidentMap.Geoparsing.Parsing;
using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Geoparsing.Tests.Parsing;

/// <summary>A province's or state's seat is what a bare name means before an ordinary town of the same name and
/// size.</summary>
public sealed class DivisionSeatTests
{
    private static Place Town(long id, string type, double lat, long population) =>
        new(TestGazetteer.Wkt.Read(FormattableString.Invariant($"POINT (18.7 {lat})")))
        {
            Id = "city:" + id,
            Kind = PlaceKind.City,
            Name = "Mongo",
            Names = ["Mongo"],
            Code = id.ToString(),
            CountryCode = "TCD",
            Type = type,
            Lat = lat,
            Lon = 18.7,
            Population = population,
            GeonameId = id,
        };

    [Fact]
    public void BareName_IsTheProvincialSeat_NotAVillageOfTheSameNameAndSize()
    {
        var chad = new Place(TestGazetteer.Wkt.Read("POLYGON ((14 8, 24 8, 24 23, 14 23, 14 8))"))
        {
            Id = "country:TCD",
            Kind = PlaceKind.Country,
            Name = "Chad",
            Names = ["Chad"],
            Code = "TCD",
            Alpha2 = "TD",
            CountryCode = "TCD",
            Lat = 15,
            Lon = 19,
            Population = 16_000_000,
            Rank = 5,
        };
        var parser = new Geoparser(new Gazetteer([chad, Town(1, "PPL", 14.0, 1_500), Town(2, "PPLA", 12.2, 1_000)]));

        var mongo = parser.Parse("Aid workers reached Mongo in Chad on Tuesday.", new DateOnly(2025, 5, 6)).Mention("Mongo");

        Assert.Equal("city:2", mongo.Place.Id);
        Assert.Equal("city:1", mongo.RunnerUp?.Id);
        Assert.Contains(mongo.Evidence, e => e.Feature == "division_seat" && e.Contribution > 0);
    }

    private static (Place Province, Place Seat) ProvinceAndSeat(params string[] seatNames)
    {
        var province = new Place(TestGazetteer.Wkt.Read("POLYGON ((-80 45, -57 45, -57 62, -80 62, -80 45))"))
        {
            Id = "admin1:CA-QC",
            Kind = PlaceKind.Admin1,
            Name = "Québec",
            Names = ["Québec", "Quebec"],
            Code = "CA-QC",
            CountryCode = "CAN",
            Admin1Code = "CA-QC",
            Lat = 52,
            Lon = -72,
        };
        var seat = new Place(TestGazetteer.Wkt.Read("POINT (-71.2 46.8)"))
        {
            Id = "city:6325494",
            Kind = PlaceKind.City,
            Name = "Québec",
            Names = seatNames,
            Code = "6325494",
            CountryCode = "CAN",
            Admin1Code = "CA-QC",
            Type = "PPLA",
            Lat = 46.8,
            Lon = -71.2,
            Population = 624_000,
            GeonameId = 6325494,
        };
        return (province, seat);
    }

    [Fact]
    public void BareName_IsTheDivision_WhenItsSeatIsKnownAsXCity()
    {
        var (province, seat) = ProvinceAndSeat("Québec", "Quebec City");
        var parser = new Geoparser(new Gazetteer([province, seat]));

        var result = parser.Parse("Health officials reported one new case in Quebec on Tuesday. Crews in Quebec City were ready.", new DateOnly(2025, 5, 6));

        var bare = result.Mention("Quebec");
        Assert.Equal("admin1:CA-QC", bare.Place.Id);
        Assert.Equal("city:6325494", bare.RunnerUp?.Id);
        Assert.Equal("city:6325494", result.Mention("Quebec City").Place.Id);
    }

    [Fact]
    public void BareName_IsTheSeat_WhenTheDivisionIsNamedAfterIt()
    {
        // The same pair with no "Quebec City" among the seat's names reads like Kherson or Odesa: the city.
        var (province, seat) = ProvinceAndSeat("Québec");
        var parser = new Geoparser(new Gazetteer([province, seat]));

        var bare = parser.Parse("Health officials reported one new case in Quebec on Tuesday.", new DateOnly(2025, 5, 6)).Mention("Quebec");

        Assert.Equal("city:6325494", bare.Place.Id);
        Assert.Equal("admin1:CA-QC", bare.RunnerUp?.Id);
    }
}
