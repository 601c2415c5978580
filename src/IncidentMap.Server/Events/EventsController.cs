using IncidentMap.Geoparsing.Places;
using IncidentMap.Server.Caching;
using IncidentMap.Server.Errors;
using IncidentMap.Server.Layers;
using IncidentMap.Server.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace IncidentMap.Server.Events;

/// <summary>Events: each happening once, with every report of it. The events layer takes the same filters as the
/// other layers; its features are also the OGC <c>events</c> collection and the stream's messages.</summary>
[ApiController]
[Route("api")]
[Produces("application/geo+json")]
public sealed class EventsController(IIncidentStore store, Gazetteer gazetteer) : ControllerBase
{
    private const int _defaultLimit = 1000;

    /// <summary>Events as points (their most precise reports' place), newest first: bbox, datetime, type, country,
    /// article, limit, offset; <c>?download=1</c> or a <c>.geojson</c> suffix for a file.</summary>
    [HttpGet("layers/events")]
    [HttpGet("layers/events.geojson")]
    [OutputCache(PolicyName = LayerCache.Policy)]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<IActionResult> Layer([FromQuery] LayerQuery query, CancellationToken cancellationToken)
    {
        var filter = LayerFilters.Parse(query, gazetteer, _defaultLimit);
        var page = await store.QueryEventsAsync(filter, cancellationToken);
        return new FeatureCollectionResult<StoredEvent>(page.Items.ToAsyncEnumerable(), (w, e) => EventFeature.Write(w, e))
        {
            WriteMembers = (w, returned, _, _) =>
            {
                w.WriteNumber("numberMatched", page.NumberMatched);
                w.WriteNumber("numberReturned", returned);
                return Task.CompletedTask;
            },
            DownloadName = LayerFilters.WantsDownload(query, Request) ? LayerFilters.DownloadName("events", filter) : null,
        };
    }

    /// <summary>One event as a GeoJSON Feature.</summary>
    [HttpGet("events/{id:long}")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Get(long id, CancellationToken cancellationToken)
    {
        var found = await store.GetEventsAsync([id], cancellationToken);
        if (found.Count == 0) return Problems.Result(StatusCodes.Status404NotFound, "Not found", $"There is no event {id}.");
        return new FeatureResult(w => EventFeature.Write(w, found[0]));
    }
}
