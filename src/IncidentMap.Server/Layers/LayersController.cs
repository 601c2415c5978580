using IncidentMap.Geoparsing.Places;
using IncidentMap.Server.Caching;
using IncidentMap.Server.Downloads;
using IncidentMap.Server.Errors;
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
        var format = DownloadFormat.Parse(query.F);
        // A download (or another format) is the whole filtered set, streamed; a page is at most 'limit' with a keyset 'next' link.
        var download = LayerFilters.WantsDownload(query, Request) || format != DownloadFormat.GeoJson;
        if (download && query.Limit is null) filter = filter with { Limit = int.MaxValue };
        var name = download ? LayerFilters.DownloadName("incidents", filter, format.Extension) : null;
        return IncidentDownload.Result(store, filter, format, Request, name);
    }

    /// <summary>The regions, seas, airspace and countries the matching incidents are located at, with counts.</summary>
    [HttpGet("areas")]
    [HttpGet("areas.geojson")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public async Task<IActionResult> Areas([FromQuery] LayerQuery query, CancellationToken cancellationToken)
    {
        var filter = LayerFilters.Parse(query, gazetteer, _defaultLimit);
        GeoJsonOnly(query);
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
        GeoJsonOnly(query);
        var simplify = LayerFilters.Simplify(query);
        var page = await store.QueryBordersAsync(LayerFilters.ToBorderFilter(filter), cancellationToken);
        return new FeatureCollectionResult<BorderLine>(page.Items.ToAsyncEnumerable(), (w, b) => BorderFeature.Write(w, b, simplify: simplify))
        {
            WriteMembers = (w, returned, _, _) => WriteCounts(w, page.NumberMatched, returned),
            DownloadName = DownloadName(query, "borders", filter),
        };
    }

    private static void GeoJsonOnly(LayerQuery query)
    {
        if (DownloadFormat.Parse(query.F) != DownloadFormat.GeoJson)
            throw new InvalidParameterException("f", "'f' other than json is offered for the incidents; areas and borders are GeoJSON.");
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
