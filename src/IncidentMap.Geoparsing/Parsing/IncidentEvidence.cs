namespace IncidentMap.Geoparsing.Parsing;

/// <summary>Where an incident's location comes from.</summary>
public enum IncidentLocationSource
{
    /// <summary>The clause that reports the event names the place.</summary>
    Clause,

    /// <summary>Another clause of the event's sentence names the place.</summary>
    Sentence,

    /// <summary>The sentence names no place: the incident sits at the article's dateline ("KYIV (Reuters) -").</summary>
    Dateline,

    /// <summary>Neither sentence nor dateline names a place: the incident sits in the country the article is about.</summary>
    Focus,

    /// <summary>No place anywhere: the incident is kept in the article's record but is no map incident.</summary>
    None,
}

/// <summary>Why an incident was reported: the event word, its frame as found in the text, and the rule that counted
/// it, so an analyst can check it and a developer can trace it.</summary>
public sealed record IncidentEvidence
{
    /// <summary>The event word or phrase as written ("struck", "shot down").</summary>
    public required string Cue { get; init; }

    /// <summary>Where <see cref="Cue"/> stands in the text.</summary>
    public required TextSpan CueSpan { get; init; }

    /// <summary>Who acted, as written ("Russian missiles"), if the frame names anyone.</summary>
    public string? Agent { get; init; }

    /// <summary>On what or whom, as written ("the port of Odesa"), if the frame names it.</summary>
    public string? Patient { get; init; }

    /// <summary>The place mentions the incident is located at, as written, joined by "; ".</summary>
    public string? Location { get; init; }

    /// <summary>The time expression that dates the event, as written ("on Friday"), if any.</summary>
    public string? Time { get; init; }

    /// <summary>Why it counted: the rule that made this frame this kind of incident ("territory taken").</summary>
    public required string Reason { get; init; }

    /// <summary>Where the location comes from: the clause, its sentence, or the article's dateline or focus.</summary>
    public required IncidentLocationSource LocatedBy { get; init; }

    /// <summary>How many sentences of the article report this happening; the incident stands at the most informative.</summary>
    public int Reports { get; init; } = 1;
}
