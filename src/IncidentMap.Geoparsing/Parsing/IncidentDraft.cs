using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Geoparsing.Parsing;

/// <summary>An incident found in one sentence, with what the merge of repeated reports needs to know about it.</summary>
internal sealed class IncidentDraft
{
    public required Incident Incident { get; set; }

    public required EventFrame Frame { get; init; }

    /// <summary>The places it is located at by its own sentence; empty when it fell back on the article or has none.</summary>
    public required IReadOnlyList<Place> OwnPlaces { get; init; }

    /// <summary>The event's time comes from its own words ("on Saturday"), not the article date.</summary>
    public required bool Dated { get; init; }

    /// <summary>The sentence counts those the event touched ("killing three people", "300 attackers").</summary>
    public required bool Counted { get; init; }

    public int Reports { get; set; } = 1;

    /// <summary>How much the sentence says, for an analyst reading one sentence of the report: a place of its own
    /// (finer is better) outweighs the rest; then a date of its own, who acted and on what, and a count of the toll or
    /// the crowd. Between equals the earlier report stands (news leads with the event).</summary>
    public int Information =>
        (OwnPlaces.Count > 0 ? 8 - 2 * (Incident.GeoPrecision ?? 3) : 0)
        + (Dated ? 2 : 0)
        + (Frame.Agent != Participant.None ? 1 : 0)
        + (Frame.Patient != Participant.None ? 1 : 0)
        + (Counted ? 1 : 0);
}
