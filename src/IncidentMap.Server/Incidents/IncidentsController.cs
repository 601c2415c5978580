using IncidentMap.Geoparsing.Places;
using IncidentMap.Server.Caching;
using IncidentMap.Server.Errors;
using IncidentMap.Server.Layers;
using IncidentMap.Server.Ogc;
using IncidentMap.Server.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace IncidentMap.Server.Incidents;

/// <summary>Incident queries beyond the layers: one incident, and incidents near a land border.</summary>
[ApiController]
[Route("api/incidents")]
[Produces("application/geo+json")]
public sealed class IncidentsController(IIncidentStore store, Gazetteer gazetteer) : ControllerBase
{
    /// <summary>A page of the panel; it pages on through every match.</summary>
    private const int _defaultLimit = 100;


    /// <summary>Incidents whose location geometry (point, region, sea or airspace polygon, or border line) comes
    /// within <c>km</c> of the land border between countries <c>a</c> and <c>b</c> (alpha-2, alpha-3 or English
    /// names, either order), nearest first, each with its geodesic <c>distance_km</c> from its places' outlines and
    /// <c>point_distance_km</c> from its point (<c>measure=point</c> filters and orders by the latter). <c>km</c> is at
    /// most 100; pages of <c>limit</c> (default 100) whose <c>next</c> link carries a <c>cursor</c> (the position and the
    /// count of the first page, so no later page counts again); <c>offset</c> is kept. The layer filters apply too.</summary>
    [HttpGet("near-border")]
    [OutputCache(PolicyName = LayerCache.Policy)]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> NearBorder([FromQuery] NearBorderRequest query, CancellationToken cancellationToken)
    {
        var a = QueryParameters.Country(Required(query.A, "a"), gazetteer, "a")!;
        var b = QueryParameters.Country(Required(query.B, "b"), gazetteer, "b")!;
        var km = QueryParameters.PositiveNumber(query.Km, "km", NearBorderQuery.MaxKm) ?? 50;
        var maxPrecision = query.MaxGeoPrecision is { } mp
            ? QueryParameters.Integer(mp, "max_geo_precision", 1, 3, 3)
            : (int?)null;
        var byPoint = query.Measure switch
        {
            null or "outline" => false,
            "point" => true,
            _ => throw new InvalidParameterException("measure", $"'measure' is 'outline' (from the places' outlines) or 'point' (from the incident's point), not '{query.Measure}'."),
        };
        var after = query.Cursor is { } cursor
            ? NearBorderCursor.TryParse(cursor) ?? throw new InvalidParameterException("cursor", $"'cursor' is the position a near-border 'next' link gives (METRES_INCIDENT_MATCHED), not '{cursor}'.")
            : null;
        var filter = LayerFilters.Parse(query with { Cursor = null }, gazetteer, _defaultLimit);
        var byEvent = query.Group switch
        {
            null or "incidents" => false,
            "events" => true,
            _ => throw new InvalidParameterException("group", $"'group' takes incidents or events, not '{query.Group}'."),
        };
        var border = gazetteer.FindBorder(a.Code!, b.Code!);
        if (border is null) return UnknownBorder(a, b);
        if (byEvent)
        {
            if (after is not null) throw new InvalidParameterException("cursor", "'cursor' pages incidents near a border; events page with 'offset'.");
            return await NearBorderEventsAsync(new NearBorderQuery(border.Id, km, maxPrecision, filter, byPoint), a, b, cancellationToken);
        }

        var downloadName = QueryParameters.Flag(query.Download, "download")
            ? $"incidents-near-{string.Join('-', new[] { a.Code, b.Code }.Order())}-{km:0.###}km.geojson"
            : null;
        if (downloadName is not null && query.Limit is null && after is null)
        {
            // The whole set as a file, streamed a page at a time (memory stays one page), with no request timeout: it
            // would cut the file off where no error can be sent any more.
            HttpContext.Features.Get<Microsoft.AspNetCore.Http.Timeouts.IHttpRequestTimeoutFeature>()?.DisableTimeout();
            return new FeatureCollectionResult<NearBorderIncident>(
                EveryPage(new NearBorderQuery(border.Id, km, maxPrecision, filter with { Offset = 0 }, byPoint), HttpContext.RequestAborted),
                (w, n) => IncidentFeature.Write(w, n.Incident, n.Distance))
            {
                WriteMembers = (w, returned, _, _) =>
                {
                    WriteSearch(w, border.Id, km, byPoint, matched: returned, returned);
                    return Task.CompletedTask;
                },
                DownloadName = downloadName,
            };
        }

        // One row more than the page tells whether a next page exists.
        var page = await store.QueryNearBorderAsync(
            new NearBorderQuery(border.Id, km, maxPrecision, filter with { Limit = filter.Limit + 1 }, byPoint, after), cancellationToken);
        if (page is null) return UnknownBorder(a, b);
        var items = page.Items.Take(filter.Limit).ToList();
        var next = page.Items.Count > filter.Limit ? new NearBorderCursor(items[^1].Metres, items[^1].Incident.Id, page.NumberMatched) : null;
        return new FeatureCollectionResult<NearBorderIncident>(items.ToAsyncEnumerable(), (w, n) => IncidentFeature.Write(w, n.Incident, n.Distance))
        {
            WriteMembers = (w, returned, _, _) =>
            {
                WriteSearch(w, border.Id, km, byPoint, page.NumberMatched, returned);
                var links = new List<OgcLink> { new(PageLink.Url(Request, filter.Offset, after?.ToString()), "self", "application/geo+json", "This page") };
                if (next is not null) links.Add(new(PageLink.Url(Request, cursor: next.ToString()), "next", "application/geo+json", "Next page"));
                PageLink.WriteAll(w, links);
                return Task.CompletedTask;
            },
            DownloadName = downloadName,
        };
    }

    /// <summary>The members every near-border answer carries after its features: the search and the counts.</summary>
    private static void WriteSearch(System.Text.Json.Utf8JsonWriter w, string borderId, double km, bool byPoint, long matched, int returned)
    {
        w.WriteString("border", borderId);
        w.WriteNumber("km", km);
        w.WriteString("measure", byPoint ? "point" : "outline");
        w.WriteNumber("numberMatched", matched);
        w.WriteNumber("numberReturned", returned);
    }

    /// <summary>Every match, nearest first, read in pages of the largest limit through the keyset cursor.</summary>
    private async IAsyncEnumerable<NearBorderIncident> EveryPage(NearBorderQuery near, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var size = QueryParameters.MaxLimit;
        NearBorderCursor? after = null;
        while (true)
        {
            var page = await store.QueryNearBorderAsync(near with { Filter = near.Filter with { Limit = size + 1 }, After = after }, cancellationToken);
            if (page is null) yield break;
            var items = page.Items.Take(size).ToList();
            foreach (var item in items) yield return item;
            if (page.Items.Count <= size) yield break;
            after = new NearBorderCursor(items[^1].Metres, items[^1].Incident.Id, page.NumberMatched);
        }
    }

    private async Task<IActionResult> NearBorderEventsAsync(NearBorderQuery near, Place a, Place b, CancellationToken cancellationToken)
    {
        var page = await Events.NearBorderEvents.QueryAsync(store, near, cancellationToken);
        if (page is null) return UnknownBorder(a, b);
        return new FeatureCollectionResult<(StoredEvent Event, double DistanceKm)>(page.Items.ToAsyncEnumerable(), (w, e) => Events.EventFeature.Write(w, e.Event, e.DistanceKm))
        {
            WriteMembers = (w, returned, _, _) =>
            {
                WriteSearch(w, near.BorderId, near.Km, near.ByPoint, page.NumberMatched, returned);
                return Task.CompletedTask;
            },
        };
    }

    /// <summary>One incident as a GeoJSON Feature.</summary>
    [HttpGet("{id:long}")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Get(long id, CancellationToken cancellationToken)
    {
        var incident = await store.GetIncidentAsync(id, cancellationToken);
        if (incident is null) return Problems.Result(StatusCodes.Status404NotFound, "Not found", $"There is no incident {id}.");
        return new FeatureResult(w => IncidentFeature.Write(w, incident));
    }

    private static string Required(string? value, string name) =>
        value ?? throw new InvalidParameterException(name, $"'{name}' is required: a country as ISO alpha-2, alpha-3 or English name.");

    private ProblemResult UnknownBorder(Place a, Place b)
    {
        object Neighbours(Place country) => gazetteer.BordersOf(country.Code!)
            .SelectMany(x => x.Neighbours).Where(c => c != country.Code).Distinct().Order()
            .Select(c => new { code = c, name = gazetteer.FindCountry(c)?.Name ?? c }).ToList();
        return Problems.Result(StatusCodes.Status404NotFound, "No such border",
            $"{a.Name} and {b.Name} share no land border.",
            new Dictionary<string, object?>
            {
                ["a"] = new { code = a.Code, name = a.Name, neighbours = Neighbours(a) },
                ["b"] = new { code = b.Code, name = b.Name, neighbours = Neighbours(b) },
            });
    }
}
