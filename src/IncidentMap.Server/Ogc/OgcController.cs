using System.Globalization;
using IncidentMap.Geoparsing.Places;
using IncidentMap.Server.Caching;
using IncidentMap.Server.Downloads;
using IncidentMap.Server.Errors;
using IncidentMap.Server.Layers;
using IncidentMap.Server.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace IncidentMap.Server.Ogc;

/// <summary>OGC API – Features, Part 1 Core with GeoJSON, over the same store and filters as the layers.</summary>
[ApiController]
[Route("ogc")]
public sealed class OgcController(IIncidentStore store, Gazetteer gazetteer) : ControllerBase
{
    private const int _defaultLimit = 100;

    private static readonly string[] _itemsParameters = ["bbox", "datetime", "limit", "offset", "cursor", "type", "country", "article", "simplify", "f"];

    private string BaseUrl => $"{Request.Scheme}://{Request.Host}{Request.PathBase}/ogc";

    /// <summary>Landing page: links to the API definition, the conformance declaration and the collections.</summary>
    [HttpGet("")]
    [Produces("application/json")]
    public ActionResult<LandingPage> Landing()
    {
        CheckFormat();
        return new LandingPage("IncidentMap", "Incidents located from news articles, as OGC API – Features.",
        [
            new OgcLink(BaseUrl, "self", "application/json", "This document"),
            new OgcLink($"{BaseUrl}/api", "service-desc", "application/vnd.oai.openapi+json;version=3.0", "The API definition"),
            new OgcLink($"{Request.Scheme}://{Request.Host}{Request.PathBase}/docs", "service-doc", "text/html", "The API documentation"),
            new OgcLink($"{BaseUrl}/conformance", "conformance", "application/json", "Conformance classes"),
            new OgcLink($"{BaseUrl}/collections", "data", "application/json", "Feature collections"),
        ]);
    }

    /// <summary>The conformance classes implemented.</summary>
    [HttpGet("conformance")]
    [Produces("application/json")]
    public ActionResult<ConformanceDeclaration> Conformance()
    {
        CheckFormat();
        return new ConformanceDeclaration(OgcCollections.ConformsTo);
    }

    /// <summary>The collections: incidents, areas, borders, events.</summary>
    [HttpGet("collections")]
    [Produces("application/json")]
    public async Task<ActionResult<CollectionList>> Collections(CancellationToken cancellationToken)
    {
        CheckFormat();
        var collections = new List<CollectionDescription>();
        foreach (var id in OgcCollections.All.Keys)
        {
            collections.Add(OgcCollections.Describe(id, BaseUrl, await store.GetExtentAsync(OgcCollections.Layer(id), cancellationToken)));
        }
        return new CollectionList([new OgcLink($"{BaseUrl}/collections", "self", "application/json")], collections);
    }

    /// <summary>One collection's metadata.</summary>
    [HttpGet("collections/{collectionId}")]
    [Produces("application/json")]
    [ProducesResponseType<CollectionDescription>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Collection(string collectionId, CancellationToken cancellationToken)
    {
        CheckFormat();
        if (!OgcCollections.All.ContainsKey(collectionId)) return UnknownCollection(collectionId);
        var extent = await store.GetExtentAsync(OgcCollections.Layer(collectionId), cancellationToken);
        return Ok(OgcCollections.Describe(collectionId, BaseUrl, extent));
    }

    /// <summary>A page of features with numberMatched, numberReturned, timeStamp and next/prev links.
    /// Filters: bbox, datetime, limit (1–10000, default 100), offset, and type, country, article.</summary>
    [HttpGet("collections/{collectionId}/items")]
    [OutputCache(PolicyName = LayerCache.Policy)]
    [Produces("application/geo+json")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Items(string collectionId, [FromQuery] LayerQuery query, CancellationToken cancellationToken)
    {
        if (!OgcCollections.All.ContainsKey(collectionId)) return UnknownCollection(collectionId);
        // The standard expects 400 for a parameter the server does not know (a typo must not silently widen the answer).
        if (Request.Query.Keys.FirstOrDefault(k => !_itemsParameters.Contains(k)) is { } unknown)
            throw new InvalidParameterException(unknown, $"'{unknown}' is not a parameter of the items; they are {string.Join(", ", _itemsParameters)}.");
        var format = DownloadFormat.Parse(query.F);
        if (collectionId != "incidents") CheckFormat(query.F);
        var filter = LayerFilters.Parse(query, gazetteer, _defaultLimit);
        switch (collectionId)
        {
            case "incidents":
                return IncidentDownload.Result(store, filter, format, Request, null,
                    () => [.. IncidentDownload.Alternates(Request, format), CollectionLink(collectionId)], timeStamp: true);
            case "areas":
                var areas = await store.QueryAreasAsync(filter, cancellationToken);
                return Page(collectionId, filter, areas, (w, a) => AreaFeature.Write(w, a));
            case "events":
                var events = await store.QueryEventsAsync(filter, cancellationToken);
                return Page(collectionId, filter, events, (w, e) => Events.EventFeature.Write(w, e));
            default:
                var borders = await store.QueryBordersAsync(LayerFilters.ToBorderFilter(filter), cancellationToken);
                return Page(collectionId, filter, borders, (w, b) => BorderFeature.Write(w, b));
        }
    }

    /// <summary>One feature: an incident id, an area's place id (<c>admin1:BY-HR</c>) or a border id (<c>border:BLR-POL</c>).</summary>
    [HttpGet("collections/{collectionId}/items/{featureId}")]
    [Produces("application/geo+json")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Item(string collectionId, string featureId, CancellationToken cancellationToken)
    {
        CheckFormat();
        if (!OgcCollections.All.ContainsKey(collectionId)) return UnknownCollection(collectionId);
        var self = $"{BaseUrl}/collections/{collectionId}/items/{Uri.EscapeDataString(featureId)}";
        void Links(System.Text.Json.Utf8JsonWriter w)
        {
            w.WriteStartArray("links");
            new OgcLink(self, "self", "application/geo+json").Write(w);
            new OgcLink($"{BaseUrl}/collections/{collectionId}", "collection", "application/json").Write(w);
            w.WriteEndArray();
        }
        switch (collectionId)
        {
            case "incidents" when long.TryParse(featureId, NumberStyles.None, CultureInfo.InvariantCulture, out var id):
                var incident = await store.GetIncidentAsync(id, cancellationToken);
                // An unlocated incident is in its article's record, not in the layer.
                if (incident is { Location: not null }) return new FeatureResult(w => IncidentFeature.Write(w, incident, Links));
                break;
            case "areas":
                var area = await store.GetAreaAsync(featureId, cancellationToken);
                if (area is not null) return new FeatureResult(w => AreaFeature.Write(w, area, Links));
                break;
            case "borders":
                var border = await store.GetBorderAsync(featureId, cancellationToken);
                if (border is not null) return new FeatureResult(w => BorderFeature.Write(w, border, Links));
                break;
            case "events" when long.TryParse(featureId, NumberStyles.None, CultureInfo.InvariantCulture, out var eventId):
                var found = await store.GetEventsAsync([eventId], cancellationToken);
                if (found is [{ Location: not null }]) return new FeatureResult(w => Events.EventFeature.Write(w, found[0], members: Links));
                break;
        }
        return Problems.Result(StatusCodes.Status404NotFound, "Not found", $"Collection '{collectionId}' has no feature '{featureId}'.");
    }

    /// <summary>Areas and borders: a few hundred features at most, paged by offset.</summary>
    private FeatureCollectionResult<T> Page<T>(string collectionId, IncidentFilter filter, Page<T> page, Action<System.Text.Json.Utf8JsonWriter, T> writeFeature)
    {
        var links = new List<OgcLink> { new(PageLink.Url(Request, filter.Offset), "self", "application/geo+json", "This page") };
        if (filter.Offset + page.Items.Count < page.NumberMatched && page.Items.Count > 0)
            links.Add(new(PageLink.Url(Request, filter.Offset + page.Items.Count), "next", "application/geo+json", "Next page"));
        if (filter.Offset > 0)
            links.Add(new(PageLink.Url(Request, Math.Max(0, filter.Offset - filter.Limit)), "prev", "application/geo+json", "Previous page"));
        links.Add(CollectionLink(collectionId));
        var timeStamp = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return new FeatureCollectionResult<T>(page.Items.ToAsyncEnumerable(), writeFeature)
        {
            WriteMembers = (w, returned, _, _) =>
            {
                w.WriteNumber("numberMatched", page.NumberMatched);
                w.WriteNumber("numberReturned", returned);
                w.WriteString("timeStamp", timeStamp);
                PageLink.WriteAll(w, links);
                return Task.CompletedTask;
            },
        };
    }

    private OgcLink CollectionLink(string collectionId) =>
        new($"{BaseUrl}/collections/{collectionId}", "collection", "application/json", "The collection");

    private void CheckFormat(string? f = null)
    {
        f ??= Request.Query["f"].FirstOrDefault();
        if (f is not null && f is not ("json" or "geojson"))
            throw new InvalidParameterException("f", $"'f' value '{f}' is not offered; use f=json.");
    }

    private static ProblemResult UnknownCollection(string id) =>
        Problems.Result(StatusCodes.Status404NotFound, "Not found",
            $"There is no collection '{id}'; the collections are {string.Join(", ", OgcCollections.All.Keys)}.");
}
