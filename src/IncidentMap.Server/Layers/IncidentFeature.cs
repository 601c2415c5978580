using System.Buffers;
using System.Buffers.Text;
using System.Text.Json;
using IncidentMap.Server.Storage;

namespace IncidentMap.Server.Layers;

/// <summary>Writes an incident as a GeoJSON Feature: its point, and flat properties a GIS attribute table can show,
/// plus the places with their mention offsets so a popup can highlight the mention. The properties are the rendered
/// body with the ids (and, near a border, the distances) put in front: rows to bytes, once.</summary>
public static class IncidentFeature
{
    private static readonly byte[] _id = "{\"id\":"u8.ToArray();
    private static readonly byte[] _articleId = ",\"article_id\":"u8.ToArray();
    private static readonly byte[] _eventId = ",\"event_id\":"u8.ToArray();
    private static readonly byte[] _noEvent = ",\"event_id\":null"u8.ToArray();
    private static readonly byte[] _distance = ",\"distance_km\":"u8.ToArray();
    private static readonly byte[] _pointDistance = ",\"point_distance_km\":"u8.ToArray();

    public static void Write(Utf8JsonWriter w, StoredIncident incident, Action<Utf8JsonWriter>? members = null) =>
        Write(w, new RenderedIncident(incident.Id, incident.Article.Id, incident.Location?.X, incident.Location?.Y, IncidentProperties.Render(incident), incident.EventId), members: members);

    public static void Write(Utf8JsonWriter w, RenderedIncident incident, BorderDistance? distance = null, Action<Utf8JsonWriter>? members = null)
    {
        w.WriteStartObject();
        w.WriteString("type", "Feature");
        w.WriteNumber("id", incident.Id);
        w.WritePropertyName("geometry");
        if (incident.Lon is { } lon && incident.Lat is { } lat) GeoJsonGeometry.WritePoint(w, lon, lat);
        else w.WriteNullValue();
        w.WritePropertyName("properties");
        WriteProperties(w, incident, distance);
        members?.Invoke(w);
        w.WriteEndObject();
    }

    private static void WriteProperties(Utf8JsonWriter w, RenderedIncident incident, BorderDistance? distance)
    {
        var body = incident.Body;
        var buffer = ArrayPool<byte>.Shared.Rent(body.Length + 256);
        try
        {
            var at = Append(buffer, 0, _id);
            at += Number(buffer.AsSpan(at), incident.Id);
            at = Append(buffer, at, _articleId);
            at += Number(buffer.AsSpan(at), incident.ArticleId);
            // The event changes as reports come in, so it is read with the row, not rendered at ingest.
            if (incident.EventId is { } eventId)
            {
                at = Append(buffer, at, _eventId);
                at += Number(buffer.AsSpan(at), eventId);
            }
            else
            {
                at = Append(buffer, at, _noEvent);
            }
            if (distance is { } d)
            {
                at = Append(buffer, at, _distance);
                at += Number(buffer.AsSpan(at), Math.Round(d.OutlineKm, 3));
                at = Append(buffer, at, _pointDistance);
                at += Number(buffer.AsSpan(at), Math.Round(d.PointKm, 3));
            }
            // The body is a whole object: a comma, then everything after its opening brace.
            buffer[at++] = (byte)',';
            body.AsSpan(1).CopyTo(buffer.AsSpan(at));
            at += body.Length - 1;
            w.WriteRawValue(buffer.AsSpan(0, at), skipInputValidation: true);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static int Append(byte[] buffer, int at, byte[] bytes)
    {
        bytes.CopyTo(buffer, at);
        return at + bytes.Length;
    }

    private static int Number(Span<byte> destination, long value) =>
        Utf8Formatter.TryFormat(value, destination, out var written) ? written : throw new InvalidOperationException("Number too long.");

    private static int Number(Span<byte> destination, double value) =>
        value.TryFormat(destination, out var written, "R", System.Globalization.CultureInfo.InvariantCulture) ? written : throw new InvalidOperationException("Number too long.");
}
