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
    public IActionResult Incidents([FromQuery] LayerQuery query)
    {
        var filter = LayerFilters.Parse(query, gazetteer, _defaultLimit);
        var download = DownloadName(query, "incidents", filter);
        // A download is the whole filtered set, streamed; a page is at most 'limit' with a keyset 'next' link.
        if (download is not null && query.Limit is null) filter = filter with { Limit = int.MaxValue };
        return IncidentPage.Create(store, filter, Request, downloadName: download);
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
        return new FeatureCollectionResult<Area>(page.Items.ToAsyncEnumerable(), (w, a) => AreaFeature.Write(w, a, simplify: simplify))
        {
            WriteMembers = (w, returned, _, _) => WriteCounts(w, page.NumberMatched, returned),
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
        return new FeatureCollectionResult<BorderLine>(page.Items.ToAsyncEnumerable(), (w, b) => BorderFeature.Write(w, b, simplify: simplify))
        {
            WriteMembers = (w, returned, _, _) => WriteCounts(w, page.NumberMatched, returned),
            DownloadName = DownloadName(query, "borders", filter),
        };
    }

    private string? DownloadName(LayerQuery query, string layer, IncidentFilter filter) =>
        LayerFilters.WantsDownload(query, Request) ? LayerFilters.DownloadName(layer, filter) : null;

    private static Task WriteCounts(System.Text.Json.Utf8JsonWriter w, long matched, int returned)
    {
        w.WriteNumber("numberMatched", matched);
        w.WriteNumber("numberReturned", returned);
        return Task.CompletedTask;
    }
}
