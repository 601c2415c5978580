using System.Runtime.CompilerServices;
using System.Text.Json;
using IncidentMap.Geoparsing.Places;
using IncidentMap.Geoparsing.Sources;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.Precision;
using NetTopologySuite.Simplify;

namespace IncidentMap.Server.Basemap;

/// <summary>
/// The basemap's GeoJSON, built once per gazetteer: each outline simplified with a topology-preserving simplifier
/// (no ring collapses or self-intersections, islands and holes kept) and coordinates rounded to 0.001° (about 100 m),
/// finer than the simplification, which keeps the payload small. Each shape is simplified on its own, so two
/// neighbours may part by up to the tolerance along their shared border: under a pixel up to zoom 7.
/// </summary>
internal sealed class BasemapLayers
{
    /// <summary>Tolerance in degrees: about 1 km, invisible at the zoom levels an overview of a region uses.</summary>
    internal const double Tolerance = 0.03;

    /// <summary>Smallest island or lake drawn, in square degrees: about 6 km by 6 km at 50° N.</summary>
    internal const double MinPartArea = 0.005;

    private static readonly ConditionalWeakTable<Gazetteer, BasemapLayers> _built = [];
    private static readonly PrecisionModel _rounding = new(1000);

    private readonly Lazy<BasemapLayer> _countries;
    private readonly Lazy<BasemapLayer> _seas;

    private BasemapLayers(Gazetteer gazetteer)
    {
        _countries = new Lazy<BasemapLayer>(() => BasemapLayer.From(Build(gazetteer.OfKind(PlaceKind.Country))));
        _seas = new Lazy<BasemapLayer>(() => BasemapLayer.From(Build(gazetteer.OfKind(PlaceKind.Sea))));
    }

    public BasemapLayer Countries => _countries.Value;

    public BasemapLayer Seas => _seas.Value;

    public static BasemapLayers For(Gazetteer gazetteer) => _built.GetValue(gazetteer, g => new BasemapLayers(g));

    /// <summary>Builds both layers ahead of the first request; a gazetteer that fails to load is reported elsewhere.</summary>
    public static void WarmUp(IServiceProvider services, ILogger logger)
    {
        try
        {
            var layers = For(services.GetRequiredService<Gazetteer>());
            _ = layers.Countries;
            _ = layers.Seas;
        }
        catch (Exception e) when (e is GeodataException or IOException or InvalidDataException or InvalidOperationException or ObjectDisposedException)
        {
            logger.LogDebug(e, "Basemap not built ahead of the first request");
        }
    }

    internal static JsonSerializerOptions JsonOptions { get; } = new() { Converters = { new GeoJsonConverterFactory() } };

    private static byte[] Build(IEnumerable<Place> places)
    {
        // The simplification takes seconds for the world's coastlines: spread it over the cores.
        var features = places
            .Where(p => p.Geometry is Polygon or MultiPolygon)
            .OrderBy(p => p.Id, StringComparer.Ordinal)
            .AsParallel().AsOrdered()
            .Select(p => (Place: p, Shape: GeometryPrecisionReducer.ReducePointwise(TopologyPreservingSimplifier.Simplify(WithoutSpecks(p.Geometry), Tolerance), _rounding)))
            .Where(x => !x.Shape.IsEmpty)
            .Select(x => (IFeature)new Feature(x.Shape, new AttributesTable { { "id", x.Place.Id }, { "name", x.Place.Name }, { "code", x.Place.Code } }))
            .ToList();
        var collection = new FeatureCollection();
        foreach (var feature in features) collection.Add(feature);
        return JsonSerializer.SerializeToUtf8Bytes(collection, JsonOptions);
    }

    /// <summary>Drops the islets and lakes smaller than <see cref="MinPartArea"/> (the largest part always stays, so
    /// small island states keep their shape): they are a pixel at most in an overview and most of the payload.</summary>
    internal static Geometry WithoutSpecks(Geometry geometry)
    {
        var parts = Enumerable.Range(0, geometry.NumGeometries).Select(i => (Polygon)geometry.GetGeometryN(i)).ToList();
        var largest = parts.MaxBy(p => p.Area);
        var kept = parts
            .Where(p => p == largest || p.Area >= MinPartArea)
            .Select(p => p.Factory.CreatePolygon(p.Shell, [.. p.Holes.Where(h => h.Factory.CreatePolygon(h).Area >= MinPartArea)]))
            .ToArray();
        return kept.Length == 1 ? kept[0] : geometry.Factory.CreateMultiPolygon(kept);
    }
}
