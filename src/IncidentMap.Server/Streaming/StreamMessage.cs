using System.Buffers;
using System.Text;
using System.Text.Json;
using IncidentMap.Server.Events;
using IncidentMap.Server.Storage;

namespace IncidentMap.Server.Streaming;

/// <summary>One server-sent event, rendered once and written to every client: <c>id:</c> the change's id in the log,
/// <c>event: event</c> with the event's GeoJSON feature, or <c>event: removed</c> with its id.</summary>
public sealed record StreamMessage(long Id, byte[] Bytes)
{
    public static StreamMessage Changed(long changeId, StoredEvent e) =>
        Render(changeId, "event", w => EventFeature.Write(w, e));

    public static StreamMessage Removed(long changeId, long eventId) =>
        Render(changeId, "removed", w =>
        {
            w.WriteStartObject();
            w.WriteNumber("id", eventId);
            w.WriteEndObject();
        });

    private static StreamMessage Render(long id, string type, Action<Utf8JsonWriter> data)
    {
        var buffer = new ArrayBufferWriter<byte>(2048);
        buffer.Write(Encoding.UTF8.GetBytes($"id: {id}\nevent: {type}\ndata: "));
        // Not indented: the JSON is one line, as one data: field must be.
        using (var w = new Utf8JsonWriter(buffer)) data(w);
        buffer.Write("\n\n"u8);
        return new StreamMessage(id, buffer.WrittenSpan.ToArray());
    }
}
