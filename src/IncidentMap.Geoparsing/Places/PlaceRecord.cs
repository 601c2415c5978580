using NetTopologySuite.Geometries;

namespace IncidentMap.Geoparsing.Places;

/// <summary>The attributes of a <see cref="Place"/> as the cache stores them (everything but the geometry).</summary>
internal sealed record PlaceRecord
{
    public required string Id { get; init; }
    public required PlaceKind Kind { get; init; }
    public required string Name { get; init; }
    public required string[] Names { get; init; }
    public string? Code { get; init; }
    public string? Alpha2 { get; init; }
    public string? CountryCode { get; init; }
    public string? Admin1Code { get; init; }
    public string? Admin2Code { get; init; }
    public string? Type { get; init; }
    public required double Lat { get; init; }
    public required double Lon { get; init; }
    public long Population { get; init; }
    public int Rank { get; init; }
    public long? GeonameId { get; init; }
    public required string[] Demonyms { get; init; }
    public required string[] Neighbours { get; init; }
    public required string[] Abbreviations { get; init; }
    public required string[] Members { get; init; }

    public static void Write(BinaryWriter w, Place p)
    {
        w.Write(p.Id);
        w.Write((byte)p.Kind);
        w.Write(p.Name);
        WriteList(w, p.Names);
        foreach (var s in new[] { p.Code, p.Alpha2, p.CountryCode, p.Admin1Code, p.Admin2Code, p.Type }) WriteOptional(w, s);
        w.Write(p.Lat);
        w.Write(p.Lon);
        w.Write(p.Population);
        w.Write(p.Rank);
        w.Write(p.GeonameId ?? -1);
        WriteList(w, p.Demonyms);
        WriteList(w, p.Neighbours);
        WriteList(w, p.Abbreviations);
        WriteList(w, p.Members);
    }

    public static PlaceRecord Read(BinaryReader r) => new()
    {
        Id = r.ReadString(),
        Kind = (PlaceKind)r.ReadByte(),
        Name = r.ReadString(),
        Names = ReadList(r),
        Code = ReadOptional(r),
        Alpha2 = ReadOptional(r),
        CountryCode = ReadOptional(r),
        Admin1Code = ReadOptional(r),
        Admin2Code = ReadOptional(r),
        Type = ReadOptional(r),
        Lat = r.ReadDouble(),
        Lon = r.ReadDouble(),
        Population = r.ReadInt64(),
        Rank = r.ReadInt32(),
        GeonameId = r.ReadInt64() is var g and >= 0 ? g : null,
        Demonyms = ReadList(r),
        Neighbours = ReadList(r),
        Abbreviations = ReadList(r),
        Members = ReadList(r),
    };

    public Place ToPlace(Func<Geometry> geometry) => new(geometry)
    {
        Id = Id,
        Kind = Kind,
        Name = Name,
        Names = Names,
        Code = Code,
        Alpha2 = Alpha2,
        CountryCode = CountryCode,
        Admin1Code = Admin1Code,
        Admin2Code = Admin2Code,
        Type = Type,
        Lat = Lat,
        Lon = Lon,
        Population = Population,
        Rank = Rank,
        GeonameId = GeonameId,
        Demonyms = Demonyms,
        Neighbours = Neighbours,
        Abbreviations = Abbreviations,
        Members = Members,
    };

    private static void WriteOptional(BinaryWriter w, string? s)
    {
        w.Write(s is not null);
        if (s is not null) w.Write(s);
    }

    private static string? ReadOptional(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;

    private static void WriteList(BinaryWriter w, IReadOnlyList<string> list)
    {
        w.Write7BitEncodedInt(list.Count);
        foreach (var s in list) w.Write(s);
    }

    private static string[] ReadList(BinaryReader r)
    {
        var n = r.Read7BitEncodedInt();
        if (n == 0) return [];
        var list = new string[n];
        for (var i = 0; i < n; i++) list[i] = r.ReadString();
        return list;
    }
}
