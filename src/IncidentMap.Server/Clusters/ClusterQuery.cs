using IncidentMap.Server.Layers;
using Microsoft.AspNetCore.Mvc;

namespace IncidentMap.Server.Clusters;

/// <summary>The clusters' parameters: the layer filters and the map zoom.</summary>
public sealed record ClusterQuery : LayerQuery
{
    /// <summary>The map zoom (0 to 20) the grid is sized for: 64-pixel cells in Web Mercator.</summary>
    [FromQuery(Name = "zoom")] public string? Zoom { get; init; }
}
