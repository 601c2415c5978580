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
}
