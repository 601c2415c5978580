using IncidentMap.Geoparsing.Parsing;

namespace IncidentMap.Server.Storage;

/// <summary>An incident of an event, as the event lists it.</summary>
public sealed record EventIncident(long Id, string Subtype, DateOnly? Date, DatePrecision DatePrecision, int? GeoPrecision, string Summary,
    string? PlaceName, long ArticleId, string ArticleTitle);
