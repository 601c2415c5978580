using IncidentMap.Server.Layers;
using Microsoft.AspNetCore.Mvc;

namespace IncidentMap.Server.Incidents;

/// <summary>The near-border parameters on top of the layer filters.</summary>
public sealed record NearBorderRequest : LayerQuery
{
    /// <summary>One country of the border: ISO alpha-2, alpha-3 or English name.</summary>
    [FromQuery(Name = "a")] public string? A { get; init; }

    /// <summary>The other country, in either order.</summary>
    [FromQuery(Name = "b")] public string? B { get; init; }

    /// <summary>Maximum geodesic distance from the border line in kilometres, above 0 and at most 100 (default 50).</summary>
    [FromQuery(Name = "km")] public string? Km { get; init; }

    /// <summary>Keep incidents at this geo precision or finer: 2 drops country-level matches (1 town, 2 region, 3 country).</summary>
    [FromQuery(Name = "max_geo_precision")] public string? MaxGeoPrecision { get; init; }

    /// <summary>outline (default): distance from the nearest outline of the incident's places; point: from its point.</summary>
    [FromQuery(Name = "measure")] public string? Measure { get; init; }
    /// <summary><c>incidents</c> (default) or <c>events</c>: one feature per event, at its nearest incident's distance.</summary>
    [FromQuery(Name = "group")] public string? Group { get; init; }
}
