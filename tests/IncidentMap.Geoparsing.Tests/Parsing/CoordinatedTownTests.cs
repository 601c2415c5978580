using IncidentMap.Geoparsing.Parsing;
using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Geoparsing.Tests.Parsing;

/// <summary>A small town joined by "and" or "or" to a place the text names with support shares that support ("in
/// East Providence and Barrington"); the same town without it stays a name the text does not make a place.</summary>
public sealed class CoordinatedTownTests
{
    private static Place Town(long id, string name, double lat, double lon, long population) =>
        new(TestGazetteer.Wkt.Read(FormattableString.Invariant($"POINT ({lon} {lat})")))
        {
            Id = "city:" + id,
            Kind = PlaceKind.City,
            Name = name,
            Names = [name],
            Code = id.ToString(),
            CountryCode = "USA",
            Type = "PPL",
            Lat = lat,
            Lon = lon,
            Population = population,
            GeonameId = id,
        };

    private static readonly Geoparser _parser = new(new Gazetteer(
        [Town(5221659, "East Providence", 41.81, -71.37, 47_000), Town(5220798, "Barrington", 41.74, -71.31, 16_700)]));

    private static readonly DateOnly _date = new(2025, 8, 20);

    [Theory]
    [InlineData("Mosquitoes in East Providence and Barrington have tested positive for West Nile virus.")]
    [InlineData("Spraying is planned in East Providence or Barrington next week.")]
    public void TownAfterAndOrOr_SharesTheSupportOfThePlaceBefore(string text)
    {
        var result = _parser.Parse(text, _date);

        Assert.Equal(["city:5221659", "city:5220798"], result.Ids());
    }

    [Fact]
    public void TownAfterAClauseAnd_NeedsItsOwnSupport()
    {
        var result = _parser.Parse("Mosquitoes in East Providence tested positive, and Barrington asked the state for spraying.", _date);

        Assert.Equal(["city:5221659"], result.Ids());
    }
}
