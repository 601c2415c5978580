using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Geoparsing.Tests.Places;

public sealed class NameFoldingTests
{
    [Theory]
    [InlineData("Dnipropetrovs'k", "dnipropetrovsk")]
    [InlineData("Dnipropetrovs’k", "dnipropetrovsk")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Gdańsk", "gdansk")]
    [InlineData("Hrodna-Voblast", "hrodna voblast")]
    [InlineData("  White   Sea ", "white sea")]
    [InlineData("B.C.", "bc")]
    [InlineData("Київ", "киів")]
    [InlineData("São Tomé", "sao tome")]
    public void Fold_RemovesCaseDiacriticsApostrophesAndHyphens(string name, string expected) =>
        Assert.Equal(expected, NameFolding.Fold(name));
}
