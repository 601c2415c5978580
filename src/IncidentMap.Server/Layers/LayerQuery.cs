using Microsoft.AspNetCore.Mvc;

namespace IncidentMap.Server.Layers;

/// <summary>The query parameters every layer takes, as given; <see cref="LayerFilters"/> validates them.
/// Kept as text so that a malformed value is answered with a message naming the parameter.
/// Not sealed: the near-border request adds its own parameters to these.</summary>
public record LayerQuery
{
    /// <summary>minLon,minLat,maxLon,maxLat (or 6 numbers with heights), WGS 84.</summary>
    [FromQuery(Name = "bbox")] public string? Bbox { get; init; }

    /// <summary>An RFC 3339 date or date-time, or an interval start/end with '..' for an open end.</summary>
    [FromQuery(Name = "datetime")] public string? Datetime { get; init; }

    /// <summary>Incident types or subtypes, comma-separated (strategic_developments, military_exercise...).</summary>
    [FromQuery(Name = "type")] public string? Type { get; init; }

    /// <summary>A country by ISO alpha-2, alpha-3 or English name.</summary>
    [FromQuery(Name = "country")] public string? Country { get; init; }

    /// <summary>Only the incidents of this article id.</summary>
    [FromQuery(Name = "article")] public string? Article { get; init; }

    /// <summary>Page size, 1 to 10000.</summary>
    [FromQuery(Name = "limit")] public string? Limit { get; init; }

    /// <summary>Number of features to skip, 0 or more.</summary>
    [FromQuery(Name = "offset")] public string? Offset { get; init; }

    /// <summary>Incidents: start after this position, as given by a page's <c>next</c> link (keyset paging: every page
    /// costs the same, however deep).</summary>
    [FromQuery(Name = "cursor")] public string? Cursor { get; init; }

    /// <summary>Areas and borders only: simplify outlines to this tolerance in degrees (0 &lt; x ≤ 1); absent means
    /// full detail. The map page asks for 0.005° (about 500 m).</summary>
    [FromQuery(Name = "simplify")] public string? Simplify { get; init; }

    /// <summary>Format: json (GeoJSON, default), geojsonseq (RFC 8142), csv or gpkg (GeoPackage); incidents only.</summary>
    [FromQuery(Name = "f")] public string? F { get; init; }

    /// <summary>1 to send the collection as an attachment with a descriptive file name: every match, unless a limit is given.</summary>
    [FromQuery(Name = "download")] public string? Download { get; init; }
}
