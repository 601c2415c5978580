namespace IncidentMap.Geoparsing.Parsing;

/// <summary>Turns the sentences that report events into incidents.</summary>
internal static class IncidentExtractor
{
    public static IReadOnlyList<Incident> Extract(Article article, Dictionary<MentionDraft, int> indexOf, DateOnly? articleDate) => [];
}
