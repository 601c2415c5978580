using IncidentMap.Geoparsing.Parsing;

namespace IncidentMap.Geoparsing.Tests.Parsing;

/// <summary>The resolver's score is a weighted sum of named evidence, with the weights read from a data file, and
/// every resolved place says what its score is made of.</summary>
public sealed class ResolverWeightsTests
{
    private static string File(params string[] lines) =>
        string.Join('\n', ["# comment", "feature\tweight\thand", .. lines]);

    private static string[] EveryFeature(double weight) =>
        Enum.GetValues<ResolverFeature>().Select(f => $"{ResolverWeights.Name(f)}\t{weight}\t{weight}").ToArray();

    [Fact]
    public void ShippedWeights_WeighEveryFeature_AndKeepTheHandWeightsBeside()
    {
        var shipped = ResolverWeights.Shipped.ToArray();
        var hand = ResolverWeights.Hand.ToArray();

        Assert.Equal(ResolverWeights.Count, shipped.Length);
        Assert.Equal(ResolverWeights.Count, hand.Length);
        Assert.True(ResolverWeights.Shipped[ResolverFeature.HomeGround] > 0);
        Assert.True(ResolverWeights.Shipped[ResolverFeature.PossessiveOtherCountry] < 0);
        Assert.Equal("home_ground", ResolverWeights.Name(ResolverFeature.HomeGround));
        Assert.Equal("within_50km", ResolverWeights.Name(ResolverFeature.Within50Km));
    }

    [Fact]
    public void WeightsFile_WithoutAFeature_IsRejectedNamingIt()
    {
        var lines = EveryFeature(1).Where(l => !l.StartsWith("home_ground\t", StringComparison.Ordinal)).ToArray();

        var e = Assert.Throws<FormatException>(() => ResolverWeights.Parse(new StringReader(File(lines)), "weight"));

        Assert.Contains("home_ground", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no_such_feature\t1\t1")]
    [InlineData("population\tmany\t1")]
    [InlineData("population\t1\t1")]
    public void WeightsFile_WithAnUnknownFeatureABadNumberOrARepeat_IsRejected(string line)
    {
        Assert.Throws<FormatException>(() => ResolverWeights.Parse(new StringReader(File([.. EveryFeature(1), line])), "weight"));
    }

    [Fact]
    public void Score_IsTheWeightedSumOfTheFeatureValues()
    {
        var weights = ResolverWeights.Parse(new StringReader(File(EveryFeature(0.5))), "weight");
        var features = new double[ResolverWeights.Count];
        features[(int)ResolverFeature.Population] = 6;
        features[(int)ResolverFeature.OwnName] = 1;

        Assert.Equal(3.5, weights.Score(features));
        Assert.Equal([(ResolverFeature.Population, 3.0), (ResolverFeature.OwnName, 0.5)], weights.Contributions(features));
    }

    [Fact]
    public void TheWeightsDecide_GeorgiaIsTheStateWhenOnlyDivisionsWeigh()
    {
        var onlyDivisions = new double[ResolverWeights.Count];
        onlyDivisions[(int)ResolverFeature.KindDivision] = 1;
        var parser = new Geoparser(TestGazetteer.Instance, new ResolverWeights(onlyDivisions));
        const string text = "Talks were held in Georgia.";

        Assert.Equal("country:GEO", TestGazetteer.Parser.Parse(text).Mention("Georgia").Place.Id);
        var georgia = parser.Parse(text).Mention("Georgia");
        Assert.Equal("admin1:US-GA", georgia.Place.Id);
        Assert.Equal([new ScoreEvidence("kind_division", 1)], georgia.Evidence);
    }

    [Fact]
    public void Evidence_NamesTheContainingNeighbour_LargestFirst()
    {
        var london = ParseAssertions.Parse("A clinic opened in London, Kentucky, last week.").Mention("London");

        Assert.Equal("city:4298960", london.Place.Id);
        var containment = Assert.Single(london.Evidence, e => e.Feature == "contained_by_next");
        Assert.Equal(ResolverWeights.Shipped[ResolverFeature.ContainedByNext], containment.Contribution);
        Assert.Equal(london.Evidence.Max(e => Math.Abs(e.Contribution)), Math.Abs(london.Evidence[0].Contribution));
        Assert.DoesNotContain(london.Evidence, e => e.Contribution == 0);
    }
}
