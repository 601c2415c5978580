using System.Text.Json;

namespace IncidentMap.Server.Storage;

/// <summary>
/// An incident as every layer, download and near-border answer writes it: its point and its GeoJSON properties,
/// rendered once (at ingest in PostGIS) without the ids, which the writer puts in front.
/// </summary>
/// <param name="Id">The incident id.</param>
/// <param name="ArticleId">Its article's id.</param>
/// <param name="Lon">Longitude of its point, null when unlocated.</param>
/// <param name="Lat">Latitude of its point, null when unlocated.</param>
/// <param name="Body">UTF-8 JSON object of its other properties (<c>IncidentProperties.Render</c>).</param>
/// <param name="EventId">The event it is a report of, read with the row since events change as reports come in.</param>
public sealed record RenderedIncident(long Id, long ArticleId, double? Lon, double? Lat, byte[] Body, long? EventId = null)
{
    public IncidentCursor Cursor => new(ArticleId, Id);

    /// <summary>One property of the rendered body, for callers that need a value rather than bytes.</summary>
    public JsonElement Property(string name) => JsonDocument.Parse(Body).RootElement.GetProperty(name).Clone();
}
