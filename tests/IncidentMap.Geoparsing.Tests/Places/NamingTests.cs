using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Geoparsing.Tests.Places;

public sealed class NamingTests
{
    [Theory]
    [InlineData("White  Sea", "White Sea")]
    [InlineData("NORTH ATLANTIC OCEAN", "North Atlantic Ocean")]
    [InlineData("GULF OF MEXICO", "Gulf of Mexico")]
    [InlineData("Bay of Bengal", "Bay of Bengal")]
    public void SeaNames_CollapseSpacesAndTitleCaseCapitals(string raw, string expected) =>
        Assert.Equal(expected, SeaPlaces.Normalise(raw));

    [Theory]
    [InlineData("Pacific Ocean", new[] { "Pacific" })]
    [InlineData("North Pacific Ocean", new string[0])]
    [InlineData("Mediterranean Sea", new[] { "Mediterranean" })]
    [InlineData("Baltic Sea", new[] { "Baltic" })]
    [InlineData("White Sea", new string[0])]
    [InlineData("Gulf of Mexico", new string[0])]
    public void SeaShortForms_OceansAndAdjectivalSeas(string name, string[] expected) =>
        Assert.Equal(expected, SeaPlaces.ShortForms(name));

    [Theory]
    [InlineData("Saint-Marc", "St. Marc")]
    [InlineData("Sainte-Anne", "Ste. Anne")]
    [InlineData("Mount Vernon", "Mt. Vernon")]
    public void CityNames_GetTheAbbreviatedFormNewsPrints(string name, string expected) =>
        Assert.Equal([expected], CityPlaces.Abbreviated(name));

    [Fact]
    public void CityNames_WithoutSaintOrMount_GetNoVariant() => Assert.Empty(CityPlaces.Abbreviated("Saintes"));

    [Fact]
    public void Admin1NewsForms_FromEnglishAndLocalType()
    {
        var forms = Admin1Places.NewsForms("Hrodna", "Region", "Voblasts'").ToArray();
        Assert.Contains("Hrodna Region", forms);
        Assert.Contains("Hrodna Voblast", forms);
        Assert.Contains("Hrodna Oblast", forms);
        Assert.Contains("Mazowieckie Voivodeship", Admin1Places.NewsForms("Mazowieckie", "Province", "Województwo"));
        Assert.Contains("Dnipropetrovsk Oblast", Admin1Places.NewsForms("Dnipropetrovsk", "Region", "Oblast'"));
    }

    [Fact]
    public void Admin1NewsForms_DoNotRepeatTheType() =>
        Assert.DoesNotContain("Hrodna Voblast Voblast", Admin1Places.NewsForms("Hrodna Voblast", "Region", "Voblasts'"));

    [Theory]
    [InlineData("B.C.", new[] { "B.C.", "BC" })]
    [InlineData("KY", new[] { "KY", "K.Y." })]
    [InlineData("US.KY", new[] { "KY", "K.Y." })]
    [InlineData("Ky.", new[] { "Ky.", "Ky" })]
    public void Abbreviations_WithAndWithoutDots(string raw, string[] expected) =>
        Assert.Equal(expected, Abbreviation.Variants(raw));

    [Fact]
    public void Geodesy_DistanceKm_MatchesKnownDistance() =>
        // Warsaw to Minsk: about 475 km great-circle.
        Assert.InRange(Geodesy.DistanceKm(52.2297, 21.0122, 53.9006, 27.5590), 465, 485);
}
