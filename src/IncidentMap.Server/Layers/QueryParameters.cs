using System.Globalization;
using IncidentMap.Geoparsing.Parsing;
using IncidentMap.Geoparsing.Places;
using IncidentMap.Server.Errors;
using IncidentMap.Server.Storage;

namespace IncidentMap.Server.Layers;

/// <summary>Parses the query parameters shared by the layers, OGC items and near-border endpoints,
/// throwing <see cref="InvalidParameterException"/> with the parameter's name on anything unusable.</summary>
public static class QueryParameters
{
    public const int MaxLimit = 10_000;

    private static readonly string[] _dateTimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd",
    ];

    /// <summary>The single value of a parameter, or null when absent; a repeated parameter is an error.</summary>
    public static string? Single(IQueryCollection query, string name)
    {
        if (!query.TryGetValue(name, out var values) || values.Count == 0) return null;
        if (values.Count > 1) throw new InvalidParameterException(name, $"'{name}' is given {values.Count} times; give it once.");
        return values[0];
    }

    /// <summary>OGC bbox: minLon,minLat,maxLon,maxLat or with heights minLon,minLat,minZ,maxLon,maxLat,maxZ (CRS84);
    /// minLon greater than maxLon is a box across the antimeridian.</summary>
    public static GeoBox? Bbox(string? value, string name = "bbox")
    {
        if (value is null) return null;
        var parts = value.Split(',');
        if (parts.Length is not (4 or 6))
            throw new InvalidParameterException(name, $"'{name}' takes 4 or 6 comma-separated numbers (minLon,minLat,maxLon,maxLat), got {parts.Length}.");
        var n = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out n[i]) || !double.IsFinite(n[i]))
                throw new InvalidParameterException(name, $"'{name}' value '{parts[i]}' is not a number.");
        }
        var (minLon, minLat, maxLon, maxLat) = parts.Length == 4 ? (n[0], n[1], n[2], n[3]) : (n[0], n[1], n[3], n[4]);
        if (minLon is < -180 or > 180 || maxLon is < -180 or > 180)
            throw new InvalidParameterException(name, $"'{name}' longitudes must lie in [-180, 180].");
        if (minLat is < -90 or > 90 || maxLat is < -90 or > 90)
            throw new InvalidParameterException(name, $"'{name}' latitudes must lie in [-90, 90].");
        if (minLat > maxLat)
            throw new InvalidParameterException(name, $"'{name}' minimum latitude {minLat} is above the maximum {maxLat}.");
        return new GeoBox(minLon, minLat, maxLon, maxLat);
    }

    /// <summary>An RFC 3339 instant (a date or a date-time) or an interval <c>start/end</c> with <c>..</c> or empty for an open end.</summary>
    public static (DateTimeOffset? From, DateTimeOffset? To) Interval(string? value, string name = "datetime")
    {
        if (value is null) return (null, null);
        var parts = value.Split('/');
        if (parts.Length == 1)
        {
            var instant = Instant(parts[0], name) ?? throw new InvalidParameterException(name, $"'{name}' needs a date or date-time; '..' only opens one end of an interval.");
            return (instant, instant);
        }
        if (parts.Length != 2)
            throw new InvalidParameterException(name, $"'{name}' is an instant or an interval 'start/end', not '{value}'.");
        var (from, to) = (Instant(parts[0], name), Instant(parts[1], name));
        if (from > to) throw new InvalidParameterException(name, $"'{name}' interval starts after it ends.");
        return (from, to);
    }

    private static DateTimeOffset? Instant(string text, string name)
    {
        if (text is "" or "..") return null;
        if (DateTimeOffset.TryParseExact(text.ToUpperInvariant(), _dateTimeFormats, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant))
            return instant;
        throw new InvalidParameterException(name, $"'{name}' value '{text}' is not an RFC 3339 date or date-time (2025-09-12 or 2025-09-12T08:00:00Z).");
    }

    /// <summary>An integer in [min, max], or the default when absent.</summary>
    public static int Integer(string? value, string name, int min, int max, int defaultValue)
    {
        if (value is null) return defaultValue;
        if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) || n < min || n > max)
            throw new InvalidParameterException(name, $"'{name}' must be an integer from {min} to {max}, not '{value}'.");
        return n;
    }

    /// <summary>A positive finite number no larger than max, or null when absent.</summary>
    public static double? PositiveNumber(string? value, string name, double max)
    {
        if (value is null) return null;
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || !double.IsFinite(n) || n <= 0 || n > max)
            throw new InvalidParameterException(name, $"'{name}' must be a number greater than 0 and at most {max}, not '{value}'.");
        return n;
    }

    /// <summary>Incident types or subtypes, comma-separated, each from <see cref="IncidentTypes"/>.</summary>
    public static IReadOnlyList<string>? Types(string? value, string name = "type")
    {
        if (value is null) return null;
        var types = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.ToLowerInvariant()).Distinct().ToList();
        if (types.Count == 0) throw new InvalidParameterException(name, $"'{name}' is empty.");
        foreach (var t in types)
        {
            if (!IncidentTypes.Subtypes.ContainsKey(t) && !IncidentTypes.Subtypes.Values.Any(s => s.Contains(t)))
                throw new InvalidParameterException(name, $"'{name}' value '{t}' is not an incident type or subtype; types are {string.Join(", ", IncidentTypes.Subtypes.Keys)}.");
        }
        return types;
    }

    /// <summary>A country by ISO alpha-2, alpha-3 or English name.</summary>
    public static Place? Country(string? value, Gazetteer gazetteer, string name = "country")
    {
        if (value is null) return null;
        if (string.IsNullOrWhiteSpace(value) || value.Length > 100)
            throw new InvalidParameterException(name, $"'{name}' needs an ISO alpha-2 or alpha-3 code or an English country name.");
        return gazetteer.FindCountry(value)
            ?? throw new InvalidParameterException(name, $"'{name}' value '{value}' is not a known country code (alpha-2 or alpha-3) or name.");
    }

    /// <summary>A yes/no flag: 1/true or 0/false; false when absent.</summary>
    public static bool Flag(string? value, string name) => value?.ToLowerInvariant() switch
    {
        null or "0" or "false" => false,
        "" or "1" or "true" => true,
        _ => throw new InvalidParameterException(name, $"'{name}' takes 1 or 0, not '{value}'."),
    };

    /// <summary>A keyset cursor from a <c>next</c> link, or null when absent.</summary>
    public static IncidentCursor? Cursor(string? value, string name = "cursor")
    {
        if (value is null) return null;
        return IncidentCursor.TryParse(value)
            ?? throw new InvalidParameterException(name, $"'{name}' is the position a 'next' link gives (ARTICLE.INCIDENT), not '{value}'.");
    }

    /// <summary>A positive 64-bit id, or null when absent.</summary>
    public static long? Id(string? value, string name)
    {
        if (value is null) return null;
        if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
            throw new InvalidParameterException(name, $"'{name}' must be a positive integer id, not '{value}'.");
        return id;
    }
}
