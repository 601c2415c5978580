using System.Text;
using CsCheck;
using IncidentMap.Geoparsing.Parsing;

namespace IncidentMap.Geoparsing.Tests.Parsing;

/// <summary>Random and hostile text never throws, keeps every offset inside the text, and costs work linear in its length.</summary>
public sealed class HostileTextTests
{
    internal static readonly string[] Vocabulary =
    [
        "Poland", "Belarus's", "Grodno", "region", "Polish", "airspace", "its", "border", "with", "the", "Baltics", "and",
        "Barents", "seas", "Moscow", "said", "Friday", "in", "May", "drones", "downed", "captured", "near", "Kyiv", ",", ".",
        "\"", "(", ")", "-", "President", "Donald", "Trump", "U.S.", "US$", "Georgia", "Atlanta", "County", "Zapad", "drills",
        "'s", "A.", "\n\n", "Київ", "Łódź", "\u0000", "\uD83D\uDE00", "\uD83D",
    ];

    private static void AssertWellFormed(string text, GeoparseResult result)
    {
        foreach (var place in result.Places)
        {
            Assert.InRange(place.Start, 0, place.End);
            Assert.InRange(place.End, place.Start, text.Length);
            Assert.Equal(text[place.Start..place.End], place.Text);
        }
        foreach (var incident in result.Incidents)
        {
            Assert.InRange(incident.Summary.End, incident.Summary.Start, text.Length);
            Assert.All(incident.Places, i => Assert.InRange(i, 0, result.Places.Count - 1));
        }
    }

    [Fact]
    public void RandomCharacters_NeverThrow()
    {
        Gen.String[Gen.Char, 0, 400].Sample(text => AssertWellFormed(text, ParseAssertions.Parse(text)), iter: 3000);
    }

    [Fact]
    public void RandomWordSoup_NeverThrows()
    {
        Gen.OneOfConst(Vocabulary).Array[0, 300]
            .Select(words => string.Join(" ", words))
            .Sample(text => AssertWellFormed(text, ParseAssertions.Parse(text)), iter: 2000);
    }

    [Fact]
    public void BinaryBytes_NeverThrow()
    {
        Gen.Byte.Array[0, 4000]
            .Select(bytes => Encoding.Latin1.GetString(bytes))
            .Sample(text => AssertWellFormed(text, TestGazetteer.Parser.Parse(text)), iter: 300);
    }

    [Theory]
    [InlineData("border with Belarus ")]
    [InlineData("Poland Belarus Lithuania ")]
    [InlineData("Moscow and Minsk said ")]
    [InlineData("A.B.C.D.E.F.G.H.I.Jx ")]
    [InlineData("the Baltics and Barents seas ")]
    [InlineData("Troops captured Grodno region near Kyiv, Georgia, Atlanta; ")]
    [InlineData("\"\"\"...)))\n")]
    [InlineData("President Donald Trump's ")]
    [InlineData("Esperance ")]
    [InlineData("Kyiv, Minsk, Warsaw, Moscow, ")]
    [InlineData("\"Talks in Kyiv,\" he said. ")]
    public void RepetitiveText_CostsWorkLinearInItsLength(string unit)
    {
        var (small, _) = Work(unit, 200);
        var (large, result) = Work(unit, 1600);

        Assert.NotNull(result);
        // Eight times the text may cost at most ten times the work; a quadratic step would cost sixty-four.
        Assert.InRange(large, 0, small * 10);
    }

    [Fact]
    public void HugeArticle_ParsesWithLinearWork()
    {
        var seed = "Part of the exercises takes place in Belarus's Grodno region, Minsk said. Poland said 40,000 troops "
                   + "would be stationed near the border with Belarus, while Lithuania and Latvia announced airspace closures. ";
        var (small, _) = Work(seed, 100);
        var (large, result) = Work(seed, 4000);

        Assert.NotEmpty(result.Incidents);
        Assert.InRange(large, 0, small * 40 * 5 / 4);
    }

    private static (long Work, GeoparseResult Result) Work(string unit, int copies)
    {
        var text = new StringBuilder(unit.Length * copies).Insert(0, unit, copies).ToString();
        var result = TestGazetteer.Parser.Parse(text, ParseAssertions.ArticleDate, out var work);
        AssertWellFormed(text, result);
        return (work, result);
    }
}
