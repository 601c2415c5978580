using System.Globalization;
using System.Text;
using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Geoparsing.Sources;

/// <summary>A GeoNames feature's id and its representative point.</summary>
internal readonly record struct ReferencePoint(long GeonameId, double Lat, double Lon);

/// <summary>
/// GeoNames' own features for countries, first-level divisions, continents, oceans and seas: their geonameids and the
/// points every GeoNames-based geoparser and annotator uses. Countries: ids from <c>countryInfo.txt</c>, points from
/// <c>country-points.csv</c> (sovereign states only). Divisions: ids from <c>admin1CodesASCII.txt</c>, points from
/// <c>admin1-points.tsv</c> by admin-1 code. Continents, oceans, seas and regions between countries: <c>no-country.txt</c>.
/// </summary>
internal sealed class GeoNamesReference
{
    public const string CountryInfoFile = "geonames/countryInfo.txt";
    public const string CountryPointsFile = "geonames/country-points.csv";
    public const string Admin1CodesFile = "geonames/admin1CodesASCII.txt";
    public const string Admin1PointsFile = "geonames/admin1-points.tsv";
    public const string NoCountryFile = "geonames/no-country.txt";

    /// <summary>The feature codes of no-country features that can stand for a gazetteer entry: continents, water
    /// bodies, regions, peninsulas and island groups, former states and unions of states.</summary>
    private static readonly HashSet<string> _areaCodes = new(StringComparer.Ordinal)
    {
        "CONT", "OCN", "SEA", "GULF", "BAY", "STRT", "CHN", "SD", "RGN", "PEN", "ISLS", "PCLH", "ZN",
    };

    private readonly Dictionary<string, long> _countryIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (double Lat, double Lon)> _countryPoints = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _alpha2ByAlpha3 = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (long Id, string Name, string Ascii)> _admin1ByCode = new(StringComparer.Ordinal);
    private readonly Dictionary<long, string> _admin1CodeById = [];
    private readonly Dictionary<string, (double Lat, double Lon)> _admin1Points = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string Code, long Id, string Name, double Lat, double Lon)>> _areasByName = new(StringComparer.Ordinal);

    private GeoNamesReference()
    {
    }

    /// <summary>No reference features: every entry keeps the point its own source gives (hand-built gazetteers).</summary>
    public static GeoNamesReference Empty { get; } = new();

    /// <summary>Reads and verifies the five files.</summary>
    public static GeoNamesReference Read(GeodataDirectory geodata)
    {
        var reference = new GeoNamesReference();
        foreach (var f in Lines(geodata, CountryInfoFile))
        {
            if (f.Length < 17 || f[0].StartsWith('#')) continue;
            reference._alpha2ByAlpha3[f[1]] = f[0];
            if (long.TryParse(f[16], CultureInfo.InvariantCulture, out var id)) reference._countryIds[f[1]] = id;
        }
        foreach (var line in Text(geodata, CountryPointsFile).Split('\n').Skip(1))
        {
            // COUNTRY_ID,COUNTRY_CODE,NAME,OFFICIAL_NAME,...,LATITUDE,LONGITUDE,TIMEZONE,REGION_ID: names may hold
            // quoted commas, so the point is read from the end.
            var f = line.TrimEnd('\r').Split(',');
            if (f.Length < 10) continue;
            if (Number(f[^4]) is { } lat && Number(f[^3]) is { } lon) reference._countryPoints[f[0]] = (lat, lon);
        }
        foreach (var f in Lines(geodata, Admin1CodesFile))
        {
            if (f.Length < 4 || !long.TryParse(f[3], CultureInfo.InvariantCulture, out var id)) continue;
            reference._admin1ByCode[f[0]] = (id, f[1], f[2]);
            reference._admin1CodeById[id] = f[0];
        }
        // The file's header has no line break: its first row follows "NAME" on the header line.
        var points = Text(geodata, Admin1PointsFile);
        if (points.StartsWith("ADM1\t", StringComparison.Ordinal)) points = points["ADM1\tPLACE_ID\tLAT\tLON\tNAME".Length..];
        foreach (var line in points.Split('\n'))
        {
            var f = line.TrimEnd('\r').Split('\t');
            if (f.Length >= 4 && Number(f[2]) is { } lat && Number(f[3]) is { } lon) reference._admin1Points[f[0]] = (lat, lon);
        }
        foreach (var f in Lines(geodata, NoCountryFile))
        {
            if (f.Length < 8 || !_areaCodes.Contains(f[7]) || !long.TryParse(f[0], CultureInfo.InvariantCulture, out var id)) continue;
            if (Number(f[4]) is not { } lat || Number(f[5]) is not { } lon) continue;
            foreach (var name in new[] { f[1], f[2] }.Select(n => NameFolding.Fold(n)).Distinct())
            {
                if (!reference._areasByName.TryGetValue(name, out var list)) reference._areasByName[name] = list = [];
                list.Add((f[7], id, f[1], lat, lon));
            }
        }
        return reference;
    }

    /// <summary>The country's geonameid and point; the point is the country's own where GeoNames gives one (sovereign
    /// states), else null with the id alone.</summary>
    public (long? Id, (double Lat, double Lon)? Point) Country(string alpha3) =>
        (_countryIds.TryGetValue(alpha3, out var id) ? id : null, _countryPoints.TryGetValue(alpha3, out var p) ? p : null);

    /// <summary>The ISO alpha-2 code of a country, from GeoNames' country table.</summary>
    public string? Alpha2(string alpha3) => _alpha2ByAlpha3.GetValueOrDefault(alpha3);

    /// <summary>The first-level division with this geonameid, by its admin-1 code, where GeoNames gives it a point.</summary>
    public (string Code, ReferencePoint Point)? Admin1ById(long geonameId) =>
        _admin1CodeById.TryGetValue(geonameId, out var code) && Admin1ByCode(code) is { } point ? (code, point) : null;

    /// <summary>The first-level division with this GeoNames admin-1 code ("US.KY").</summary>
    public ReferencePoint? Admin1ByCode(string code) =>
        _admin1ByCode.TryGetValue(code, out var a) && _admin1Points.TryGetValue(code, out var p) ? new ReferencePoint(a.Id, p.Lat, p.Lon) : null;

    /// <summary>The admin-1 codes of a country (alpha-2) whose GeoNames name, folded, is one of <paramref name="folded"/>.</summary>
    public IEnumerable<string> Admin1ByName(string alpha2, IReadOnlySet<string> folded)
    {
        var prefix = alpha2 + ".";
        foreach (var (code, a) in _admin1ByCode)
        {
            if (code.StartsWith(prefix, StringComparison.Ordinal) && (folded.Contains(NameFolding.Fold(a.Name)) || folded.Contains(NameFolding.Fold(a.Ascii))))
            {
                yield return code;
            }
        }
    }

    /// <summary>The feature outside any country that bears this name as its own (not as an alternate), of one of the
    /// <paramref name="featureCodes"/>; the lowest id where GeoNames has two ("Red Sea").</summary>
    public ReferencePoint? Area(string name, params string[] featureCodes)
    {
        if (!_areasByName.TryGetValue(NameFolding.Fold(name), out var list)) return null;
        var found = list.Where(a => featureCodes.Contains(a.Code)).OrderBy(a => a.Id).FirstOrDefault();
        return found.Id == 0 ? null : new ReferencePoint(found.Id, found.Lat, found.Lon);
    }

    /// <summary>The first of <paramref name="names"/> that names such a feature.</summary>
    public ReferencePoint? Area(IEnumerable<string> names, params string[] featureCodes) =>
        names.Select(n => Area(n, featureCodes)).FirstOrDefault(p => p is not null);

    /// <summary>Feature codes of water bodies.</summary>
    public static readonly string[] Water = ["OCN", "SEA", "GULF", "BAY", "STRT", "CHN", "SD"];

    /// <summary>Feature codes of regions, peninsulas and island groups, former states ("Union of Soviet Socialist
    /// Republics") and unions of states ("European Union").</summary>
    public static readonly string[] Regions = ["RGN", "PEN", "ISLS", "PCLH", "ZN"];

    private static string Text(GeodataDirectory geodata, string file) => Encoding.UTF8.GetString(geodata.ReadVerified(file));

    private static IEnumerable<string[]> Lines(GeodataDirectory geodata, string file) =>
        Text(geodata, file).Split('\n').Select(l => l.TrimEnd('\r').Split('\t'));

    private static double? Number(string s) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
}
