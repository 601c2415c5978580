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
}
