namespace IncidentMap.Geoparsing.Parsing;

/// <summary>
/// One event word with its participants as found around it: who acted (agent), on what or whom (patient), with or
/// against whom (opponents), the words that say how (modifiers), the senses its context gives, and its time.
/// Token ranges are [first, end) into the article.
/// </summary>
internal sealed class EventFrame
{
    public required EventAct Act { get; init; }

    public required ActForm Form { get; init; }

    /// <summary>The event word or phrase.</summary>
    public required (int First, int End) Cue { get; init; }

    /// <summary>The clause and sentence it stands in.</summary>
    public required (int First, int End) Clause { get; init; }

    public required (int First, int End) Sentence { get; init; }

    /// <summary>"was captured", "were killed": the subject is the patient and the agent follows "by".</summary>
    public bool Passive { get; init; }

    /// <summary>Up to three words right before a noun ("Russian drone strikes") or the verb's subject's words.</summary>
    public Participant Modifiers { get; set; }

    public Participant Agent { get; set; }

    public (int First, int End) AgentSpan { get; set; }

    public Participant Patient { get; set; }

    public (int First, int End) PatientSpan { get; set; }

    /// <summary>Sides named after "with", "between" or "against" ("clashes with riot police").</summary>
    public Participant Opponents { get; set; }

    /// <summary>Every participant word of the clause.</summary>
    public Participant InClause { get; set; }

    /// <summary>Senses of the words near the event word.</summary>
    public Sense Near { get; set; }

    /// <summary>Senses of the words of the sentence.</summary>
    public Sense InSentence { get; set; }

    /// <summary>The acts of the other event words of the sentence ("protesters" with "dispersed").</summary>
    public HashSet<EventAct> SentenceActs { get; } = [];

    public EventTime? Time { get; set; }

    /// <summary>All participants on either side of the event word.</summary>
    public Participant Around => Agent | Patient | Opponents | Modifiers;
}
