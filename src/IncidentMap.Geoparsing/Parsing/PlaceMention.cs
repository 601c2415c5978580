using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Geoparsing.Parsing;

/// <summary>Whether a mention names where something is or a government speaking for it.</summary>
public enum MentionRole
{
    /// <summary>The place itself ("in Polish airspace").</summary>
    Location,

    /// <summary>A place named for its government ("Moscow said", "Kyiv has ruled out").</summary>
    Metonym,
}

/// <summary>A place the text talks about, resolved to a gazetteer entry.</summary>
/// <param name="Start">Index of the first character of the mention in the text.</param>
/// <param name="End">Index one past the last character (exclusive).</param>
/// <param name="Text">The mention as written ("Belarus's Grodno region" gives "Grodno region").</param>
/// <param name="Place">The chosen gazetteer entry.</param>
/// <param name="Role">Location or metonym.</param>
/// <param name="Score">Confidence in the choice, 0 to 1.</param>
/// <param name="RunnerUp">The next best entry, if any, so a user can see why.</param>
/// <param name="RunnerUpScore">The runner-up's score.</param>
public sealed record PlaceMention(
    int Start,
    int End,
    string Text,
    Place Place,
    MentionRole Role,
    double Score,
    Place? RunnerUp = null,
    double RunnerUpScore = 0)
{
    /// <summary>Start of the toponym itself inside the mention ("Grodno" in "Grodno region"); null when the mention
    /// is built from a demonym or pronoun ("Polish airspace", "its airspace").</summary>
    public int? NameStart { get; init; }

    /// <summary>End (exclusive) of the toponym itself; null with <see cref="NameStart"/>.</summary>
    public int? NameEnd { get; init; }

    /// <summary>What the chosen place's score is made of: each feature that is not zero with weight times value;
    /// null for a mention the resolver did not weigh.</summary>
    internal (ResolverFeature Feature, double Contribution)[]? Contributions { get; init; }

    /// <summary>The evidence behind the choice: each piece that moved the chosen place's score, with what it added
    /// (negative when it counted against), largest first. Empty when the mention was not weighed.</summary>
    public IReadOnlyList<ScoreEvidence> Evidence
    {
        get
        {
            if (Contributions is not { } contributions) return [];
            var evidence = new List<ScoreEvidence>(contributions.Length);
            foreach (var (feature, contribution) in contributions) evidence.Add(new ScoreEvidence(ResolverWeights.Name(feature), Math.Round(contribution, 3)));
            evidence.Sort((a, b) => Math.Abs(b.Contribution).CompareTo(Math.Abs(a.Contribution)));
            return evidence;
        }
    }
}
