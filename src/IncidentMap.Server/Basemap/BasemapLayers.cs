using System.Runtime.CompilerServices;
using System.Text.Json;
using IncidentMap.Geoparsing.Places;
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
    internal const double Tolerance = 0.01;

    private static readonly ConditionalWeakTable<Gazetteer, BasemapLayers> _built = [];
    private static readonly PrecisionModel _rounding = new(1000);

    private readonly Lazy<byte[]> _countries;
    private readonly Lazy<byte[]> _seas;

    private BasemapLayers(Gazetteer gazetteer)
    {
        _countries = new Lazy<byte[]>(() => Build(gazetteer.OfKind(PlaceKind.Country)));
        _seas = new Lazy<byte[]>(() => Build(gazetteer.OfKind(PlaceKind.Sea)));
    }

    public byte[] Countries => _countries.Value;

    public byte[] Seas => _seas.Value;

    public static BasemapLayers For(Gazetteer gazetteer) => _built.GetValue(gazetteer, g => new BasemapLayers(g));

    internal static JsonSerializerOptions JsonOptions { get; } = new() { Converters = { new GeoJsonConverterFactory() } };

    private static byte[] Build(IEnumerable<Place> places)
    {
        var features = new FeatureCollection();
        foreach (var place in places.OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            if (place.Geometry is not (Polygon or MultiPolygon)) continue;
            var simplified = GeometryPrecisionReducer.ReducePointwise(TopologyPreservingSimplifier.Simplify(place.Geometry, Tolerance), _rounding);
            if (simplified.IsEmpty) continue;
            features.Add(new Feature(simplified, new AttributesTable { { "id", place.Id }, { "name", place.Name }, { "code", place.Code } }));
        }
        return JsonSerializer.SerializeToUtf8Bytes(features, JsonOptions);
    }
}
