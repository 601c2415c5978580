using System.Text.Json;
using IncidentMap.Geoparsing.Places;
using IncidentMap.Server.Caching;
using IncidentMap.Server.Errors;
using IncidentMap.Server.Layers;
using IncidentMap.Server.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace IncidentMap.Server.Clusters;

/// <summary>
/// The incidents of a view counted on a grid sized for its zoom: what the map draws zoomed out instead of the
/// incidents themselves. The counts are exact for the filters, and add up to the incidents layer's numberMatched
/// for the same bbox and filters.
/// </summary>
[ApiController]
[Route("api/layers/clusters")]
[Produces("application/geo+json")]
[OutputCache(PolicyName = LayerCache.Policy)]
public sealed class ClustersController(IIncidentStore store, Gazetteer gazetteer) : ControllerBase
{
    /// <summary>One Point per grid cell holding incidents, at their mean position, with <c>count</c>, <c>types</c>
    /// (count per type) and <c>bounds</c> (the box they span, [minLon, minLat, maxLon, maxLat]); numberMatched is the
    /// sum of the counts and <c>types</c> at the top the count per type in view.</summary>
    [HttpGet]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<IActionResult> Get([FromQuery] ClusterQuery query, CancellationToken cancellationToken)
    {
        var zoom = QueryParameters.Integer(query.Zoom ?? throw new InvalidParameterException("zoom", "'zoom' is required: the map zoom, 0 to 20."),
            "zoom", 0, ClusterGrid.MaxZoom, 0);
        var filter = LayerFilters.Parse(query, gazetteer, 1);
        var clusters = await store.ClusterIncidentsAsync(filter, zoom, cancellationToken);
        var totals = ClusterGrid.Types.ToDictionary(t => t, t => clusters.Sum(c => c.Types.GetValueOrDefault(t)), StringComparer.Ordinal);
        return new FeatureCollectionResult<IncidentCluster>(clusters.ToAsyncEnumerable(), Write)
        {
            WriteMembers = (w, returned, _, _) =>
            {
                w.WriteNumber("zoom", zoom);
                w.WriteNumber("numberMatched", clusters.Sum(c => c.Count));
                w.WriteNumber("numberReturned", returned);
                WriteTypes(w, "types", totals);
                return Task.CompletedTask;
            },
        };
    }

    private static void Write(Utf8JsonWriter w, IncidentCluster cluster)
    {
        w.WriteStartObject();
        w.WriteString("type", "Feature");
        w.WritePropertyName("geometry");
        GeoJsonGeometry.WritePoint(w, cluster.Lon, cluster.Lat);
        w.WritePropertyName("properties");
        w.WriteStartObject();
        w.WriteNumber("count", cluster.Count);
        WriteTypes(w, "types", cluster.Types);
        w.WriteStartArray("bounds");
        foreach (var v in new[] { cluster.Bounds.MinX, cluster.Bounds.MinY, cluster.Bounds.MaxX, cluster.Bounds.MaxY }) w.WriteNumberValue(GeoJsonGeometry.Round(v));
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteTypes(Utf8JsonWriter w, string name, IReadOnlyDictionary<string, long> types)
    {
        w.WriteStartObject(name);
        foreach (var (type, count) in types.Where(t => t.Value > 0).OrderBy(t => t.Key, StringComparer.Ordinal)) w.WriteNumber(type, count);
        w.WriteEndObject();
    }
}
