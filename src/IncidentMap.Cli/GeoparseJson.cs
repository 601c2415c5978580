using System.Text.Json;
using IncidentMap.Geoparsing.Parsing;
using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Cli;

/// <summary>Writes a parse result's places and incidents in the documented JSON field names.</summary>
internal static class GeoparseJson
{
    public static string Kind(PlaceKind kind) => kind switch
    {
        PlaceKind.Country => "country",
        PlaceKind.Admin1 => "admin1",
        PlaceKind.Admin2 => "admin2",
        PlaceKind.City => "city",
        PlaceKind.Sea => "sea",
        PlaceKind.Airspace => "airspace",
        PlaceKind.Border => "border",
        PlaceKind.Continent => "continent",
        PlaceKind.Region => "region",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static string Precision(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => "day",
        DatePrecision.Week => "week",
        DatePrecision.Month => "month",
        _ => precision.ToString().ToLowerInvariant(),
    };

    /// <summary>The article's home ground: <c>"focus": {"country", "country_share", "admin1"?, "admin1_share"?}</c>, or null.</summary>
    public static void WriteFocus(Utf8JsonWriter json, ArticleFocus? focus)
    {
        if (focus is null)
        {
            json.WriteNull("focus");
            return;
        }
        json.WriteStartObject("focus");
        json.WriteString("country", focus.Country.Code);
        json.WriteNumber("country_share", focus.CountryShare);
        if (focus.Admin1 is { } admin1)
        {
            json.WriteString("admin1", admin1.Code);
            json.WriteNumber("admin1_share", focus.Admin1Share);
        }
        json.WriteEndObject();
    }

    /// <summary>The fields of one place mention, without the enclosing object; with <paramref name="explain"/>, also
    /// <c>"evidence": [{"feature", "contribution"}]</c>, what made the chosen place's score, largest first.</summary>
    public static void WritePlaceFields(Utf8JsonWriter json, PlaceMention mention, bool explain = false)
    {
        var place = mention.Place;
        json.WriteNumber("start", mention.Start);
        json.WriteNumber("end", mention.End);
        json.WriteString("text", mention.Text);
        json.WriteString("kind", Kind(place.Kind));
        json.WriteString("id", place.Id);
        json.WriteString("name", place.Name);
        json.WriteString("code", place.Code);
        json.WriteNumber("lat", Math.Round(place.Lat, 5));
        json.WriteNumber("lon", Math.Round(place.Lon, 5));
        if (place.GeonameId is { } geonameId) json.WriteNumber("geonameid", geonameId);
        else json.WriteNull("geonameid");
        json.WriteString("role", mention.Role == MentionRole.Metonym ? "metonym" : "location");
        json.WriteNumber("score", mention.Score);
        if (mention.NameStart is { } nameStart && mention.NameEnd is { } nameEnd)
        {
            json.WriteNumber("name_start", nameStart);
            json.WriteNumber("name_end", nameEnd);
        }
        if (mention.RunnerUp is { } runnerUp)
        {
            json.WriteStartObject("runner_up");
            json.WriteString("id", runnerUp.Id);
            json.WriteString("name", runnerUp.Name);
            json.WriteNumber("score", mention.RunnerUpScore);
            json.WriteEndObject();
        }
        if (!explain) return;
        json.WriteStartArray("evidence");
        foreach (var evidence in mention.Evidence)
        {
            json.WriteStartObject();
            json.WriteString("feature", evidence.Feature);
            json.WriteNumber("contribution", evidence.Contribution);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    /// <summary>The fields of one incident, without the enclosing object.</summary>
    public static void WriteIncidentFields(Utf8JsonWriter json, Incident incident)
    {
        json.WriteString("type", incident.Type);
        json.WriteString("subtype", incident.Subtype);
        if (incident.Date is { } date) json.WriteString("date", date.ToString("yyyy-MM-dd"));
        else json.WriteNull("date");
        json.WriteString("date_precision", Precision(incident.DatePrecision));
        json.WriteStartArray("places");
        foreach (var index in incident.Places) json.WriteNumberValue(index);
        json.WriteEndArray();
        if (incident.GeoPrecision is { } geoPrecision) json.WriteNumber("geo_precision", geoPrecision);
        else json.WriteNull("geo_precision");
        json.WriteStartObject("summary");
        json.WriteNumber("start", incident.Summary.Start);
        json.WriteNumber("end", incident.Summary.End);
        json.WriteEndObject();
        json.WriteStartArray("actors");
        foreach (var actor in incident.Actors) json.WriteStringValue(actor);
        json.WriteEndArray();
        if (incident.Evidence is { } evidence) WriteEvidence(json, evidence);
    }

    public static string LocatedBy(IncidentLocationSource source) => source switch
    {
        IncidentLocationSource.Clause => "clause",
        IncidentLocationSource.Sentence => "sentence",
        IncidentLocationSource.Dateline => "dateline",
        IncidentLocationSource.Focus => "focus",
        IncidentLocationSource.None => "none",
        _ => source.ToString().ToLowerInvariant(),
    };

    /// <summary>Why the incident counted: its event word, the frame as found, the rule, and where its place comes from.</summary>
    private static void WriteEvidence(Utf8JsonWriter json, IncidentEvidence evidence)
    {
        json.WriteStartObject("evidence");
        json.WriteString("cue", evidence.Cue);
        json.WriteNumber("cue_start", evidence.CueSpan.Start);
        json.WriteNumber("cue_end", evidence.CueSpan.End);
        json.WriteStartObject("frame");
        json.WriteString("agent", evidence.Agent);
        json.WriteString("patient", evidence.Patient);
        json.WriteString("location", evidence.Location);
        json.WriteString("time", evidence.Time);
        json.WriteEndObject();
        json.WriteString("reason", evidence.Reason);
        json.WriteString("located_by", LocatedBy(evidence.LocatedBy));
        json.WriteNumber("reports", evidence.Reports);
        json.WriteEndObject();
    }
}
