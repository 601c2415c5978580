using System.Text;
using System.Text.Json;
using IncidentMap.Geoparsing.Parsing;

namespace IncidentMap.Cli;

/// <summary>
/// The <c>geoparse --jsonl</c> stream: one JSON object in, one out, in order. A bad line (invalid JSON, no text,
/// binary, a malformed date) gets an error line with its id and the run goes on.
/// </summary>
internal static class GeoparseJsonLines
{
    internal static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Parses every line of <paramref name="input"/>; returns the number of lines read and of those that failed.
    /// With <paramref name="explain"/>, each place also lists the evidence behind its score.</summary>
    public static (int Lines, int Failures) Run(Geoparser parser, TextReader input, Stream output, bool explain = false)
    {
        var failures = 0;
        var lines = 0;
        using var json = new Utf8JsonWriter(output, WriterOptions);
        string? line;
        while ((line = input.ReadLine()) is not null)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            lines++;
            json.Reset(output);
            if (!TryParseOne(parser, line, json, explain)) failures++;
            json.Flush();
            output.WriteByte((byte)'\n');
            output.Flush();
        }
        return (lines, failures);
    }

    private static bool TryParseOne(Geoparser parser, string line, Utf8JsonWriter json, bool explain)
    {
        string? id = null;
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return Error(json, null, "each line must be a JSON object");
            id = root.TryGetProperty("id", out var idElement) ? IdText(idElement) : null;
            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                return Error(json, id, "missing \"text\" string");
            }
            var text = textElement.GetString()!;
            if (text.Trim().Length == 0) return Error(json, id, "empty text");
            if (LooksBinary(text)) return Error(json, id, "text is binary, not natural language");
            DateOnly? date = null;
            if (root.TryGetProperty("date", out var dateElement) && dateElement.ValueKind != JsonValueKind.Null)
            {
                if (dateElement.ValueKind != JsonValueKind.String
                    || !DateOnly.TryParseExact(dateElement.GetString(), "yyyy-MM-dd", out var parsed))
                {
                    return Error(json, id, "\"date\" must be YYYY-MM-DD");
                }
                date = parsed;
            }
            Write(json, id, parser.Parse(text, date), explain);
            return true;
        }
        catch (JsonException e)
        {
            return Error(json, id ?? SalvageId(line), "invalid JSON: " + e.Message);
        }
    }

    private static void Write(Utf8JsonWriter json, string? id, GeoparseResult result, bool explain)
    {
        json.WriteStartObject();
        json.WriteString("id", id);
        json.WriteStartArray("places");
        foreach (var mention in result.Places)
        {
            json.WriteStartObject();
            GeoparseJson.WritePlaceFields(json, mention, explain);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("incidents");
        foreach (var incident in result.Incidents)
        {
            json.WriteStartObject();
            GeoparseJson.WriteIncidentFields(json, incident);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        GeoparseJson.WriteFocus(json, result.Focus);
        json.WriteEndObject();
    }

    private static bool Error(Utf8JsonWriter json, string? id, string message)
    {
        json.WriteStartObject();
        json.WriteString("id", id);
        json.WriteString("error", message);
        json.WriteEndObject();
        return false;
    }

    private static string? IdText(JsonElement id) => id.ValueKind switch
    {
        JsonValueKind.String => id.GetString(),
        JsonValueKind.Number => id.GetRawText(),
        _ => null,
    };

    /// <summary>NUL or a high share of control characters: not text a person wrote.</summary>
    internal static bool LooksBinary(string text)
    {
        var control = 0;
        foreach (var c in text)
        {
            if (c == '\0' || c == '\uFFFD') return true;
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t')) control++;
        }
        return control > text.Length / 20;
    }

    /// <summary>The id of a line that is not valid JSON, read as far as it goes: <c>{"id": "a1", "text": ...</c>.</summary>
    internal static string? SalvageId(string line)
    {
        var key = line.IndexOf("\"id\"", StringComparison.Ordinal);
        if (key < 0) return null;
        var i = key + 4;
        while (i < line.Length && (char.IsWhiteSpace(line[i]) || line[i] == ':')) i++;
        if (i >= line.Length) return null;
        if (line[i] != '"')
        {
            var start = i;
            while (i < line.Length && (char.IsAsciiDigit(line[i]) || line[i] is '-' or '.')) i++;
            return i > start ? line[start..i] : null;
        }
        var sb = new StringBuilder();
        for (i++; i < line.Length && line[i] != '"'; i++)
        {
            if (line[i] == '\\' && i + 1 < line.Length) i++;
            sb.Append(line[i]);
        }
        return i < line.Length ? sb.ToString() : null;
    }
}
