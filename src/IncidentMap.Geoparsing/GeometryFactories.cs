using NetTopologySuite;
using NetTopologySuite.Geometries;

namespace IncidentMap.Geoparsing;

/// <summary>The one geometry factory of the product: WGS 84 longitude/latitude, SRID 4326.</summary>
public static class GeometryFactories
{
    /// <summary>SRID 4326 with floating precision.</summary>
    public static GeometryFactory Wgs84 { get; } =
        NtsGeometryServices.Instance.CreateGeometryFactory(new PrecisionModel(), 4326);
}
