using NetTopologySuite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace IncidentMap.Geoparsing.Places;

/// <summary>
/// The compact binary form of a built gazetteer: entries with their names and codes, then one blob of geometries
/// as EWKB that each entry decodes on first use. Points (cities) are rebuilt from latitude and longitude.
/// </summary>
internal static class GazetteerCache
{
    /// <summary>Bumped whenever the layout or the way entries are built changes.</summary>
    public const int FormatVersion = 18;

    internal const uint Magic = 0x5A474D49; // "IMGZ"

    public static void Write(string path, IReadOnlyList<Place> places, string sourceDigest)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = path + "." + Environment.ProcessId + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        using (var w = new BinaryWriter(stream))
        {
            w.Write(Magic);
            w.Write(FormatVersion);
            w.Write(sourceDigest);
            w.Write(places.Count);
            var blob = new MemoryStream();
            var wkb = new WKBWriter(ByteOrder.LittleEndian, handleSRID: true);
            foreach (var p in places)
            {
                PlaceRecord.Write(w, p);
                if (p.Kind == PlaceKind.City && p.Geometry is Point)
                {
                    w.Write(-1L);
                    continue;
                }
                var bytes = wkb.Write(p.Geometry);
                w.Write(blob.Length);
                w.Write(bytes.Length);
                blob.Write(bytes);
            }
            w.Write(blob.Length);
            blob.Position = 0;
            blob.CopyTo(stream);
        }
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Reads the entries, or null when the file is for another source digest or format version.</summary>
    public static List<Place>? Read(string path, string sourceDigest)
    {
        var bytes = File.ReadAllBytes(path);
        using var r = new BinaryReader(new MemoryStream(bytes, writable: false));
        if (r.ReadUInt32() != Magic || r.ReadInt32() != FormatVersion || r.ReadString() != sourceDigest) return null;
        var count = r.ReadInt32();
        var places = new List<Place>(count);
        var geometries = new (long Offset, int Length)[count];
        var records = new PlaceRecord[count];
        for (var i = 0; i < count; i++)
        {
            records[i] = PlaceRecord.Read(r);
            var offset = r.ReadInt64();
            geometries[i] = offset < 0 ? (-1, 0) : (offset, r.ReadInt32());
        }
        var blobLength = r.ReadInt64();
        var blobStart = (int)r.BaseStream.Position;
        if (blobStart + blobLength != bytes.Length) throw new InvalidDataException($"gazetteer cache {path} is truncated");
        for (var i = 0; i < count; i++)
        {
            var rec = records[i];
            var (offset, length) = geometries[i];
            Func<Geometry> geometry = offset < 0
                ? () => GeometryFactories.Wgs84.CreatePoint(new Coordinate(rec.Lon, rec.Lat))
                : () => Decode(bytes, blobStart + (int)offset, length);
            places.Add(rec.ToPlace(geometry));
        }
        return places;
    }

    private static Geometry Decode(byte[] bytes, int offset, int length)
    {
        // One reader per call: entries decode lazily from any thread.
        var reader = new WKBReader(NtsGeometryServices.Instance) { HandleSRID = true };
        using var s = new MemoryStream(bytes, offset, length, writable: false);
        var g = reader.Read(s);
        return g.SRID == 4326 ? g : GeometryFactories.Wgs84.CreateGeometry(g);
    }
}
