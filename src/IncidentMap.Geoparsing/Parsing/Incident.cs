namespace IncidentMap.Geoparsing.Parsing;

/// <summary>How precisely an incident's date is known.</summary>
public enum DatePrecision
{
    /// <summary>The day is known.</summary>
    Day,

    /// <summary>The week is known ("this week").</summary>
    Week,

    /// <summary>The month is known ("in May").</summary>
    Month,
}

/// <summary>A span of the article text, end exclusive.</summary>
public readonly record struct TextSpan(int Start, int End);

/// <summary>A reported event: what happened, when, where and who was involved.</summary>
/// <param name="Type">ACLED-style event type, snake case: <c>strategic_developments</c>.</param>
/// <param name="Subtype">Subtype, snake case: <c>military_exercise</c>.</param>
/// <param name="Date">The event date resolved against the article date, if any.</param>
/// <param name="DatePrecision">How precise <paramref name="Date"/> is.</param>
/// <param name="Places">Indices into the parse result's places where the event happened.</param>
/// <param name="GeoPrecision">1 town, 2 region or near a town, 3 country, sea, airspace or border, all as the event's
/// sentence gives them; 4 when the sentence gives no place and the incident sits at the article's dateline or focus
/// country (<see cref="IncidentEvidence.LocatedBy"/> says which); null when unlocated.</param>
/// <param name="Summary">The sentence or clause that reports the event.</param>
/// <param name="Actors">Countries, forces or organisations named as taking part.</param>
public sealed record Incident(
    string Type,
    string Subtype,
    DateOnly? Date,
    DatePrecision DatePrecision,
    IReadOnlyList<int> Places,
    int? GeoPrecision,
    TextSpan Summary,
    IReadOnlyList<string> Actors)
{
    /// <summary>The event word, its frame and the rule that counted it; null for incidents not made by the parser.</summary>
    public IncidentEvidence? Evidence { get; init; }

    /// <summary>Whether the incident has a place and belongs on the map; an unlocated one stays in the article's record.</summary>
    public bool Located => Places.Count > 0;
}
