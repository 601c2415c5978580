using System.Text.Json.Serialization;

namespace IncidentMap.Server.Ogc;

/// <summary>The OGC API landing page.</summary>
public sealed record LandingPage(string Title, string Description, IReadOnlyList<OgcLink> Links);

/// <summary>The conformance classes the API implements.</summary>
public sealed record ConformanceDeclaration([property: JsonPropertyName("conformsTo")] IReadOnlyList<string> ConformsTo);

/// <summary>The collections list.</summary>
public sealed record CollectionList(IReadOnlyList<OgcLink> Links, IReadOnlyList<CollectionDescription> Collections);

/// <summary>One feature collection's metadata.</summary>
public sealed record CollectionDescription(
    string Id,
    string Title,
    string Description,
    CollectionExtent Extent,
    [property: JsonPropertyName("itemType")] string ItemType,
    IReadOnlyList<string> Crs,
    IReadOnlyList<OgcLink> Links);

/// <summary>Spatial and temporal extent of a collection.</summary>
public sealed record CollectionExtent(SpatialExtent Spatial, TemporalExtent Temporal);

/// <summary>Bounding boxes in CRS84.</summary>
public sealed record SpatialExtent(IReadOnlyList<double[]> Bbox, string Crs);

/// <summary>Time intervals, null for an open end.</summary>
public sealed record TemporalExtent(IReadOnlyList<string?[]> Interval, string Trs);
