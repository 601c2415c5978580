using NetTopologySuite.Geometries;

namespace IncidentMap.Server.Storage;

/// <summary>The layers whose extent a store can tell.</summary>
public enum ExtentOf
{
    Incidents,
    Areas,
    Borders,
    Events,
}

/// <summary>What a layer's data spans: the longitude/latitude box of its geometries (null when it has none) and the
/// first and last event dates of its incidents (null for borders, or when no incident is dated).</summary>
public sealed record DataExtent(Envelope? Box, DateOnly? First, DateOnly? Last);
