using IncidentMap.Geoparsing.Parsing;

namespace IncidentMap.Geoparsing.Tests.Parsing;

public sealed class MetonymyTests
{
    [Theory]
    [InlineData("Moscow said Friday that peace talks were on pause.", "Moscow")]
    [InlineData("Kyiv has ruled out making territorial concessions.", "Kyiv")]
    [InlineData("Warsaw and NATO allies scrambled fighter jets.", "Warsaw")]
    [InlineData("Peskov spoke of talks with Kyiv.", "Kyiv")]
    [InlineData("Both Moscow and Minsk have rejected accusations.", "Minsk")]
    public void CapitalNamingItsGovernment_IsAMetonym(string text, string name)
    {
        var result = ParseAssertions.Parse(text);

        Assert.Equal(MentionRole.Metonym, result.Mention(name).Role);
    }

    [Fact]
    public void CapitalWhereSomethingHappens_IsALocation()
    {
        var result = ParseAssertions.Parse("Soldiers might be sent to Kyiv as peacekeepers.");

        Assert.Equal(MentionRole.Location, result.Mention("Kyiv").Role);
    }

    [Fact]
    public void Metonym_IsNeverAnIncidentLocation()
    {
        var result = ParseAssertions.Parse("Moscow also accused Kyiv of targeting a nuclear plant in an overnight drone attack.");

        var strike = result.Incident("air_drone_strike");
        Assert.Empty(strike.Places);
        Assert.Null(strike.GeoPrecision);
        Assert.All(result.Places, p => Assert.Equal(MentionRole.Metonym, p.Role));
    }
}
