namespace IncidentMap.Server.Storage;

/// <summary>Incidents near a border line.</summary>
/// <param name="BorderId">Gazetteer border id, <c>border:BLR-POL</c> (see <c>Gazetteer.FindBorder</c>).</param>
/// <param name="Km">Maximum geodesic distance from the line, in kilometres, at most <see cref="MaxKm"/>.</param>
/// <param name="MaxGeoPrecision">Drop incidents less precise than this (3 keeps all, 2 drops country-level).</param>
/// <param name="Filter">The usual incident filters, limit and offset included.</param>
/// <param name="ByPoint">Measure from the incident's point instead of its places' outlines (filter and order).</param>
/// <param name="After">Start after this position (keyset paging, applied before the offset); its count is the answer's
/// <c>NumberMatched</c>, not counted again.</param>
public sealed record NearBorderQuery(string BorderId, double Km, int? MaxGeoPrecision, IncidentFilter Filter, bool ByPoint = false,
    NearBorderCursor? After = null)
{
    /// <summary>The widest border zone asked about: both stores keep each incident's distance to every border line
    /// within it, so no near-border query measures geometries while a client waits.</summary>
    public const double MaxKm = 100;
}
