using System.Collections.Concurrent;
using IncidentMap.Server.Layers;
using NetTopologySuite.Geometries;

namespace IncidentMap.Server.Basemap;

/// <summary>
/// The areas' and borders' outlines as the map asks for them (<c>simplify=</c> 0.05°, 0.01° or 0.005° by zoom), kept
/// per place: each outline is simplified from its full detail once, to <see cref="BaseTolerance"/>, and every coarser
/// tolerance is simplified from that (a few hundred points, not a country's hundred thousand) and kept too. Without
/// this, each zoom step simplified the 300 full-detail outlines again, the slowest request of a pan or zoom.
/// A place's outline is stored once; a changed geometry (another point count or box) is simplified again.
/// </summary>
public static class SimplifiedOutlines
{
    /// <summary>The finest tolerance kept: the map's finest step. A finer request is simplified from full detail.</summary>
    public const double BaseTolerance = 0.005;

    /// <summary>At most this many points kept in all (about 100 MB); beyond, outlines are simplified per request.</summary>
    private const long _maxPoints = 4_000_000;

    private static readonly ConcurrentDictionary<(string Id, double Tolerance), Kept> _kept = new();
    private static long _points;

    /// <summary>The outline of place <paramref name="id"/> simplified to <paramref name="tolerance"/> degrees and
    /// rounded as <see cref="Outline.Simplified"/> does; the geometry itself without a tolerance.</summary>
    public static Geometry For(string id, Geometry geometry, double? tolerance)
    {
        if (tolerance is not { } t || t < BaseTolerance || geometry is Point) return Outline.Simplified(geometry, tolerance);
        var from = Keep(id, geometry, BaseTolerance, () => Outline.Simplified(geometry, BaseTolerance));
        return t == BaseTolerance ? from : Keep(id, geometry, t, () => Outline.Simplified(from, t));
    }

    private static Geometry Keep(string id, Geometry source, double tolerance, Func<Geometry> simplify)
    {
        var key = (id, tolerance);
        if (_kept.TryGetValue(key, out var kept) && kept.Matches(source)) return kept.Outline;
        var outline = simplify();
        if (Interlocked.Read(ref _points) + outline.NumPoints <= _maxPoints)
        {
            _kept[key] = new Kept(source.NumPoints, source.EnvelopeInternal.Copy(), outline);
            Interlocked.Add(ref _points, outline.NumPoints);
        }
        return outline;
    }

    private sealed record Kept(int SourcePoints, Envelope SourceBox, Geometry Outline)
    {
        public bool Matches(Geometry source) => source.NumPoints == SourcePoints && source.EnvelopeInternal.Equals(SourceBox);
    }
}
