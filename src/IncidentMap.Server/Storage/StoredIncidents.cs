namespace IncidentMap.Server.Storage;

/// <summary>Builds the stored view of a freshly written incident, the same way in both stores.</summary>
internal static class StoredIncidents
{
    public static StoredIncident From(IncidentDraft draft, long id, ArticleRef article) => new()
    {
        Id = id,
        Type = draft.Incident.Type,
        Subtype = draft.Incident.Subtype,
        Date = draft.Incident.Date,
        DatePrecision = draft.Incident.DatePrecision,
        GeoPrecision = draft.Incident.GeoPrecision,
        Summary = draft.Summary,
        SummarySpan = draft.SummarySpan,
        Actors = draft.Incident.Actors,
        Places = [.. draft.Mentions.Select(m => new IncidentPlace(
            m.Place.Id, m.Place.Kind, m.Place.Name, m.Place.Code, m.Place.CountryCode, m.Text, m.Start, m.End))],
        Countries = draft.Countries,
        Location = draft.Location,
        Article = article,
    };

    /// <summary>The UTC day bounds of a datetime filter.</summary>
    public static (DateOnly? From, DateOnly? To) Days(IncidentFilter filter) => (
        filter.From is { } f ? DateOnly.FromDateTime(f.UtcDateTime) : null,
        filter.To is { } t ? DateOnly.FromDateTime(t.UtcDateTime) : null);
}
