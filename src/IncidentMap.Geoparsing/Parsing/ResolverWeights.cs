using System.Globalization;
using System.Text;

namespace IncidentMap.Geoparsing.Parsing;

/// <summary>
/// The weight of each piece of resolver evidence (<see cref="ResolverFeature"/>): a candidate's score is the sum of
/// weight times value. The weights ship in <c>Parsing/resolver-weights.tsv</c>, embedded and read once; its
/// <c>weight</c> column is what the parser uses, its <c>hand</c> column the hand-set weights the learned ones were
/// measured against. The geoparser learns nothing at run time.
/// </summary>
internal sealed class ResolverWeights
{
    /// <summary>How many features a candidate has.</summary>
    public const int Count = (int)ResolverFeature.ListOtherCountry + 1;

    private const string _resource = "IncidentMap.Geoparsing.Parsing.resolver-weights.tsv";

    private static readonly string[] _names = Enum.GetValues<ResolverFeature>().Select(f => SnakeCase(f.ToString())).ToArray();

    private static ResolverWeights? _shipped;

    private readonly double[] _weights;

    public ResolverWeights(double[] weights)
    {
        if (weights.Length != Count) throw new ArgumentException($"expected {Count} weights, got {weights.Length}", nameof(weights));
        _weights = (double[])weights.Clone();
    }

    /// <summary>The weights the parser uses: the file's <c>weight</c> column.</summary>
    public static ResolverWeights Shipped => _shipped ??= Embedded("weight");

    /// <summary>The file's <c>hand</c> column: the hand-set weights, kept as the anchor learned weights are measured against.</summary>
    public static ResolverWeights Hand => Embedded("hand");

    /// <summary>The name of a feature as the weights file spells it ("home_ground").</summary>
    public static string Name(ResolverFeature feature) => _names[(int)feature];

    public double this[ResolverFeature feature] => _weights[(int)feature];

    /// <summary>A copy of the weights, indexed by feature.</summary>
    public double[] ToArray() => (double[])_weights.Clone();

    /// <summary>The weighted sum of a candidate's feature values.</summary>
    public double Score(ReadOnlySpan<double> features)
    {
        var score = 0.0;
        for (var i = 0; i < Count; i++) score += _weights[i] * features[i];
        return score;
    }

    /// <summary>Weight times value of each feature that adds to the score (not zero): what each piece of evidence adds.</summary>
    public (ResolverFeature Feature, double Contribution)[] Contributions(ReadOnlySpan<double> features)
    {
        var count = 0;
        for (var i = 0; i < Count; i++) count += _weights[i] * features[i] != 0 ? 1 : 0;
        var contributions = new (ResolverFeature, double)[count];
        count = 0;
        for (var i = 0; i < Count; i++)
        {
            if (_weights[i] * features[i] is var contribution && contribution != 0) contributions[count++] = ((ResolverFeature)i, contribution);
        }
        return contributions;
    }

    /// <summary>Reads one column of a weights file: a header line naming the columns (<c>feature</c> first), then one
    /// line per feature, tab-separated; <c>#</c> starts a comment line. Every feature must appear exactly once.</summary>
    public static ResolverWeights Parse(TextReader reader, string column)
    {
        string[]? header = null;
        var weights = new double[Count];
        var seen = new bool[Count];
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cells = line.Split('\t');
            if (header is null)
            {
                header = cells;
                continue;
            }
            var at = Array.IndexOf(header, column);
            var feature = Array.IndexOf(_names, cells[0]);
            if (at < 1 || feature < 0 || at >= cells.Length || seen[feature]
                || !double.TryParse(cells[at], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight))
            {
                throw new FormatException($"resolver weights: bad line '{line}' for column '{column}'");
            }
            weights[feature] = weight;
            seen[feature] = true;
        }
        var missing = Array.IndexOf(seen, false);
        if (missing >= 0) throw new FormatException($"resolver weights: no '{column}' weight for {_names[missing]}");
        return new ResolverWeights(weights);
    }

    /// <summary>A weights file with these weights in the <c>weight</c> column and <paramref name="hand"/> in the
    /// <c>hand</c> column, after the comment lines given.</summary>
    public static string ToTsv(ResolverWeights weights, ResolverWeights hand, IEnumerable<string> comments)
    {
        var text = new StringBuilder();
        foreach (var comment in comments) text.Append("# ").Append(comment).Append('\n');
        text.Append("feature\tweight\thand\n");
        for (var i = 0; i < Count; i++)
        {
            text.Append(_names[i]).Append('\t')
                .Append(weights._weights[i].ToString("0.####", CultureInfo.InvariantCulture)).Append('\t')
                .Append(hand._weights[i].ToString("0.####", CultureInfo.InvariantCulture)).Append('\n');
        }
        return text.ToString();
    }

    private static ResolverWeights Embedded(string column)
    {
        using var stream = typeof(ResolverWeights).Assembly.GetManifestResourceStream(_resource)
            ?? throw new InvalidOperationException($"resource '{_resource}' is missing from the assembly");
        using var reader = new StreamReader(stream);
        return Parse(reader, column);
    }

    private static string SnakeCase(string name)
    {
        var text = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0 && !char.IsDigit(name[i - 1]) || char.IsDigit(name[i]) && i > 0 && !char.IsDigit(name[i - 1])) text.Append('_');
            text.Append(char.ToLowerInvariant(name[i]));
        }
        return text.ToString();
    }
}
