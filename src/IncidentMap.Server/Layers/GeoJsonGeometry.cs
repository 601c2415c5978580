using System.Text.Json;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

namespace IncidentMap.Server.Layers;

/// <summary>
/// Writes geometries as RFC 7946 GeoJSON: coordinates rounded to 6 decimals (about 10 cm, finer than any source here),
/// exterior rings counterclockwise and holes clockwise, and every area a MultiPolygon when asked, so a GeoPackage
/// export gets one geometry type per layer.
/// </summary>
public static class GeoJsonGeometry
{
    private const double _scale = 1e6;

    public static double Round(double value) => Math.Round(value * _scale) / _scale;

    public static void WritePoint(Utf8JsonWriter w, double lon, double lat)
    {
        w.WriteStartObject();
        w.WriteString("type", "Point");
        w.WriteStartArray("coordinates");
        w.WriteNumberValue(Round(lon));
        w.WriteNumberValue(Round(lat));
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void Write(Utf8JsonWriter w, Geometry geometry, bool asMulti = false)
    {
        if (asMulti && geometry is Polygon single) geometry = geometry.Factory.CreateMultiPolygon([single]);
        w.WriteStartObject();
        w.WriteString("type", geometry.GeometryType);
        if (geometry is GeometryCollection and not (MultiPoint or MultiLineString or MultiPolygon))
        {
            w.WriteStartArray("geometries");
            for (var i = 0; i < geometry.NumGeometries; i++) Write(w, geometry.GetGeometryN(i));
            w.WriteEndArray();
        }
        else
        {
            w.WritePropertyName("coordinates");
            Coordinates(w, geometry);
        }
        w.WriteEndObject();
    }

    private static void Coordinates(Utf8JsonWriter w, Geometry geometry)
    {
        switch (geometry)
        {
            case Point p:
                Position(w, p.CoordinateSequence, 0);
                break;
            case LineString line:
                Sequence(w, line.CoordinateSequence, reverse: false);
                break;
            case Polygon polygon:
                w.WriteStartArray();
                Ring(w, polygon.Shell, counterClockwise: true);
                foreach (var hole in polygon.Holes) Ring(w, hole, counterClockwise: false);
                w.WriteEndArray();
                break;
            default:
                w.WriteStartArray();
                for (var i = 0; i < geometry.NumGeometries; i++) Coordinates(w, geometry.GetGeometryN(i));
                w.WriteEndArray();
                break;
        }
    }

    private static void Ring(Utf8JsonWriter w, LinearRing ring, bool counterClockwise)
    {
        var sequence = ring.CoordinateSequence;
        var reverse = sequence.Count >= 4 && Orientation.IsCCW(sequence) != counterClockwise;
        Sequence(w, sequence, reverse);
    }

    private static void Sequence(Utf8JsonWriter w, CoordinateSequence sequence, bool reverse)
    {
        w.WriteStartArray();
        for (var i = 0; i < sequence.Count; i++) Position(w, sequence, reverse ? sequence.Count - 1 - i : i);
        w.WriteEndArray();
    }

    private static void Position(Utf8JsonWriter w, CoordinateSequence sequence, int index)
    {
        w.WriteStartArray();
        w.WriteNumberValue(Round(sequence.GetX(index)));
        w.WriteNumberValue(Round(sequence.GetY(index)));
        w.WriteEndArray();
    }
}
