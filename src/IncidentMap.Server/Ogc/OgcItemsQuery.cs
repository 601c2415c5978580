using IncidentMap.Server.Layers;
using Microsoft.AspNetCore.Mvc;

namespace IncidentMap.Server.Ogc;

/// <summary>The items parameters: the layer filters plus the output format.</summary>
public sealed record OgcItemsQuery : LayerQuery
{
    /// <summary>Output format: json (GeoJSON), the only one offered.</summary>
    [FromQuery(Name = "f")] public string? F { get; init; }
}
