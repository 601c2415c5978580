using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace IncidentMap.Geoparsing.Places;

/// <summary>One gazetteer entry: a named place with its codes, geometry and prominence.</summary>
public sealed class Place
{
    private readonly Lazy<Geometry> _geometry;

    /// <summary>Creates an entry whose geometry is read on first use.</summary>
    public Place(Func<Geometry> geometry) => _geometry = new Lazy<Geometry>(geometry);

    /// <summary>Creates an entry with a geometry already at hand.</summary>
    public Place(Geometry geometry) => _geometry = new Lazy<Geometry>(geometry);

    private Place(Lazy<Geometry> geometry) => _geometry = geometry;

    /// <summary>The same entry shown under <paramref name="name"/>; its former name stays among its names.</summary>
    internal Place Renamed(string name) => new(_geometry)
    {
        Id = Id,
        Kind = Kind,
        Name = name,
        Names = [name, .. Names.Where(n => n != name)],
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
        Abbreviations = Abbreviations,
        Neighbours = Neighbours,
        Members = Members,
    };

    /// <summary>Stable identifier, prefixed by kind: <c>country:POL</c>, <c>admin1:BY-HR</c>, <c>city:625144</c>,
    /// <c>sea:Baltic Sea</c>, <c>airspace:POL</c>, <c>border:BLR-POL</c>, <c>admin2:US.KY.125</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The kind of place.</summary>
    public required PlaceKind Kind { get; init; }

    /// <summary>The preferred English name.</summary>
    public required string Name { get; init; }

    /// <summary>Whether the outline covers the point. The outline is prepared (indexed) on first use, so repeated
    /// tests against a large region stay cheap; two threads may prepare it at once, harmlessly.</summary>
    public bool Covers(double lat, double lon)
    {
        var prepared = _prepared ??= PreparedGeometryFactory.Prepare(Geometry);
        return prepared.Covers(GeometryFactories.Wgs84.CreatePoint(new Coordinate(lon, lat)));
    }

    private IPreparedGeometry? _prepared;

    /// <summary>The preferred name folded as names are indexed, to tell a match on it from one on an alternate name.</summary>
    public string FoldedName => _foldedName ??= NameFolding.Fold(Name);

    private string? _foldedName;

    /// <summary>Every name the place is known by, the preferred one included.</summary>
    public IReadOnlyList<string> Names { get; init; } = [];

    /// <summary>The code of the place: ISO 3166-1 alpha-3 for countries and airspace, ISO 3166-2 for admin-1 (the
    /// GeoNames admin code, <c>CD.17</c>, for the divisions Natural Earth lacks), <c>AAA-BBB</c> (alphabetical) for
    /// borders, the Natural Earth name for seas, the GeoNames id for cities, the GeoNames admin code for admin-2.</summary>
    public string? Code { get; init; }

    /// <summary>ISO 3166-1 alpha-2 of the country (countries and airspace).</summary>
    public string? Alpha2 { get; init; }

    /// <summary>ISO 3166-1 alpha-3 of the country the place lies in (itself for a country).</summary>
    public string? CountryCode { get; init; }

    /// <summary>The <see cref="Code"/> of the first-level division the place lies in (ISO 3166-2, or a GeoNames admin
    /// code), where known.</summary>
    public string? Admin1Code { get; init; }

    /// <summary>GeoNames admin-2 code (<c>US.KY.125</c>) of the county or district the place lies in, where known.</summary>
    public string? Admin2Code { get; init; }

    /// <summary>Administrative type or feature class: "Region", "Oblast", "PPLC", "sea", "gulf".</summary>
    public string? Type { get; init; }

    /// <summary>Latitude of the representative point.</summary>
    public required double Lat { get; init; }

    /// <summary>Longitude of the representative point.</summary>
    public required double Lon { get; init; }

    /// <summary>Population, 0 when unknown.</summary>
    public long Population { get; init; }

    /// <summary>Prominence from 0 (none) to 10 (capital of a large state), used to rank homonyms.</summary>
    public int Rank { get; init; }

    /// <summary>GeoNames id, where the place has one.</summary>
    public long? GeonameId { get; init; }

    /// <summary>English demonyms ("Polish"), for countries; never used as names.</summary>
    public IReadOnlyList<string> Demonyms { get; init; } = [];

    /// <summary>Abbreviations and short forms ("Ky.", "KY", "B.C.", "U.S.", "UAE"), kept apart from <see cref="Names"/>
    /// because they collide with common words; accept one only where the text supports it
    /// (see <see cref="Gazetteer.LookupAbbreviation(string)"/>).</summary>
    public IReadOnlyList<string> Abbreviations { get; init; } = [];

    /// <summary>Alpha-3 codes of land neighbours (countries), or the two countries of a border.</summary>
    public IReadOnlyList<string> Neighbours { get; init; } = [];

    /// <summary>Alpha-3 codes of the countries a continent or macro-region is made of (all or part of each).</summary>
    public IReadOnlyList<string> Members { get; init; } = [];

    /// <summary>The geometry in WGS 84 (SRID 4326): a point, polygon or line.</summary>
    public Geometry Geometry => _geometry.Value;

    /// <summary>The representative point as an NTS point.</summary>
    public Point Point => GeometryFactories.Wgs84.CreatePoint(new Coordinate(Lon, Lat));

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Name})";
}
