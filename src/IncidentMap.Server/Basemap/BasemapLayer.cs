using System.IO.Compression;

namespace IncidentMap.Server.Basemap;

/// <summary>One basemap layer's GeoJSON, kept as is and gzip-compressed (a quarter of the size), ready to send.</summary>
internal sealed record BasemapLayer(byte[] GeoJson, byte[] Gzip)
{
    public static BasemapLayer From(byte[] geoJson)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize)) gzip.Write(geoJson);
        return new BasemapLayer(geoJson, compressed.ToArray());
    }
}
