using System.Text.Json;
using NetTopologySuite.Geometries;

namespace IncidentMap.Geoparsing.Sources;

/// <summary>One GeoJSON feature: its properties and its geometry.</summary>
internal readonly record struct GeoJsonFeature(JsonElement Properties, Geometry? Geometry)
{
    /// <summary>A string property, null when absent, null-valued or empty.</summary>
    public string? Str(string name) =>
        Properties.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;

    /// <summary>A numeric property, null when absent or not a number.</summary>
    public double? Num(string name) =>
        Properties.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
}

/// <summary>Reads GeoJSON feature collections into NTS geometries (WGS 84) without any GeoJSON library.</summary>
internal static class GeoJsonFeatures
{
    /// <summary>Parses a FeatureCollection. The returned document owns the property elements: dispose it after use.</summary>
    public static (JsonDocument Document, List<GeoJsonFeature> Features) Read(byte[] utf8)
    {
        var doc = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = 256 });
        var features = new List<GeoJsonFeature>();
        foreach (var f in doc.RootElement.GetProperty("features").EnumerateArray())
        {
            var geometry = f.TryGetProperty("geometry", out var g) && g.ValueKind == JsonValueKind.Object ? ReadGeometry(g) : null;
            features.Add(new GeoJsonFeature(f.GetProperty("properties"), geometry));
        }
        return (doc, features);
    }

    /// <summary>Reads a GeoJSON geometry object.</summary>
    public static Geometry ReadGeometry(JsonElement g)
    {
        var factory = GeometryFactories.Wgs84;
        var coords = g.GetProperty("coordinates");
        return g.GetProperty("type").GetString() switch
        {
            "Point" => factory.CreatePoint(Coord(coords)),
            "LineString" => factory.CreateLineString(Coords(coords)),
            "MultiLineString" => factory.CreateMultiLineString([.. coords.EnumerateArray().Select(l => factory.CreateLineString(Coords(l)))]),
            "Polygon" => Polygon(coords),
            "MultiPolygon" => factory.CreateMultiPolygon([.. coords.EnumerateArray().Select(Polygon)]),
            var other => throw new FormatException($"unsupported GeoJSON geometry type {other}"),
        };
    }

    private static Polygon Polygon(JsonElement rings)
    {
        var factory = GeometryFactories.Wgs84;
        var all = rings.EnumerateArray().Select(r => factory.CreateLinearRing(Closed(Coords(r)))).ToArray();
        return factory.CreatePolygon(all[0], all[1..]);
    }

    private static Coordinate[] Closed(Coordinate[] ring) =>
        ring.Length > 0 && !ring[0].Equals2D(ring[^1]) ? [.. ring, ring[0].Copy()] : ring;

    private static Coordinate[] Coords(JsonElement array)
    {
        var result = new Coordinate[array.GetArrayLength()];
        var i = 0;
        foreach (var c in array.EnumerateArray()) result[i++] = Coord(c);
        return result;
    }

    private static Coordinate Coord(JsonElement c) => new(c[0].GetDouble(), c[1].GetDouble());
}
