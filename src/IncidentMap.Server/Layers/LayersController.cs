using IncidentMap.Geoparsing.Places;
using IncidentMap.Server.Caching;
using IncidentMap.Server.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace IncidentMap.Server.Layers;

/// <summary>The map's GeoJSON layers. Each takes bbox, datetime, type, country, article, limit and offset;
/// <c>?download=1</c> or a <c>.geojson</c> suffix sends the same collection as a named attachment.</summary>
[ApiController]
[Route("api/layers")]
[Produces("application/geo+json")]
[OutputCache(PolicyName = LayerCache.Policy)]
public sealed class LayersController(IIncidentStore store, Gazetteer gazetteer) : ControllerBase
{
    private const int _defaultLimit = 1000;

    /// <summary>Incidents as points (their most precise place's representative point), newest article first.</summary>
    [HttpGet("incidents")]
    [HttpGet("incidents.geojson")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public async Task<IActionResult> Incidents([FromQuery] LayerQuery query, CancellationToken cancellationToken)
    {
        var filter = LayerFilters.Parse(query, gazetteer, _defaultLimit);
        var page = await store.QueryIncidentsAsync(filter, cancellationToken);
        return new FeatureCollectionResult<StoredIncident>(page.Items, (w, i, o) => IncidentFeature.Write(w, i, o))
        {
            WriteMembers = (w, _) => WriteCounts(w, page.NumberMatched, page.Items.Count),
            DownloadName = DownloadName(query, "incidents", filter),
        };
    }

    /// <summary>The regions, seas, airspace and countries the matching incidents are located at, with counts.</summary>
    [HttpGet("areas")]
    [HttpGet("areas.geojson")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public async Task<IActionResult> Areas([FromQuery] LayerQuery query, CancellationToken cancellationToken)
    {
        var filter = LayerFilters.Parse(query, gazetteer, _defaultLimit);
        var simplify = LayerFilters.Simplify(query);
        var page = await store.QueryAreasAsync(filter, cancellationToken);
        return new FeatureCollectionResult<Area>(page.Items, (w, a, o) => AreaFeature.Write(w, a, o, simplify: simplify))
        {
            WriteMembers = (w, _) => WriteCounts(w, page.NumberMatched, page.Items.Count),
            DownloadName = DownloadName(query, "areas", filter),
        };
    }

    /// <summary>Land border lines with both countries' codes and names.</summary>
    [HttpGet("borders")]
    [HttpGet("borders.geojson")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public async Task<IActionResult> Borders([FromQuery] LayerQuery query, CancellationToken cancellationToken)
    {
        var filter = LayerFilters.Parse(query, gazetteer, _defaultLimit);
        var simplify = LayerFilters.Simplify(query);
        var page = await store.QueryBordersAsync(LayerFilters.ToBorderFilter(filter), cancellationToken);
        return new FeatureCollectionResult<BorderLine>(page.Items, (w, b, o) => BorderFeature.Write(w, b, o, simplify: simplify))
        {
            WriteMembers = (w, _) => WriteCounts(w, page.NumberMatched, page.Items.Count),
            DownloadName = DownloadName(query, "borders", filter),
        };
    }

    private string? DownloadName(LayerQuery query, string layer, IncidentFilter filter) =>
        LayerFilters.WantsDownload(query, Request) ? LayerFilters.DownloadName(layer, filter) : null;

    private static void WriteCounts(System.Text.Json.Utf8JsonWriter w, long matched, int returned)
    {
        w.WriteNumber("numberMatched", matched);
        w.WriteNumber("numberReturned", returned);
    }
}
