using NetTopologySuite.Geometries;

namespace IncidentMap.Geoparsing.Sources;

/// <summary>One Natural Earth 1:10m admin-1 unit (state, province, region, oblast...).</summary>
internal sealed record NaturalEarthAdmin1
{
    public required string IsoCode { get; init; }
    public required string Adm0A3 { get; init; }
    public required string Name { get; init; }
    public required string? CountryName { get; init; }
    /// <summary>The region the unit belongs to, where Natural Earth names one ("Central Luzon (Region III)").</summary>
    public required string? Region { get; init; }
    /// <summary>The constituent country, where it differs from the state ("Scotland").</summary>
    public required string? GeoUnit { get; init; }
    /// <summary>Names as the unit's own (name, name_en, woe_name, name_alt Latin variants): the ones news adds "region" to.</summary>
    public required IReadOnlyList<string> BaseNames { get; init; }
    /// <summary>Every other variant: gn_name, name_local, other scripts and languages.</summary>
    public required IReadOnlyList<string> OtherNames { get; init; }
    public required IReadOnlyList<string> ShortForms { get; init; }
    public required string? TypeEn { get; init; }
    public required string? TypeLocal { get; init; }
    public required string? GeoNamesAdmin1 { get; init; }
    /// <summary>GeoNames' name for the unit (<c>gn_name</c>), the one to join GeoNames' tables by.</summary>
    public required string? GeoNamesName { get; init; }
    public required long? GeonameId { get; init; }
    public required double Lat { get; init; }
    public required double Lon { get; init; }
    public required Geometry Geometry { get; init; }

    public const string File = "naturalearth/ne_10m_admin_1_states_provinces.geojson";

    internal static readonly string[] LanguageNames =
        ["name_ar", "name_bn", "name_de", "name_es", "name_fr", "name_el", "name_hi", "name_hu", "name_id", "name_it", "name_ja", "name_ko",
         "name_nl", "name_pl", "name_pt", "name_ru", "name_sv", "name_tr", "name_vi", "name_zh", "name_he", "name_uk", "name_ur", "name_fa", "name_zht"];

    public static List<NaturalEarthAdmin1> Read(GeodataDirectory geodata)
    {
        var (doc, features) = GeoJsonFeatures.Read(geodata.ReadVerified(File));
        using (doc)
        {
            var result = new List<NaturalEarthAdmin1>(features.Count);
            foreach (var f in features)
            {
                if (f.Geometry is null || f.Str("iso_3166_2") is not { } iso) continue;
                var name = f.Str("name") ?? f.Str("name_en") ?? iso;
                var alts = (f.Str("name_alt") ?? "").Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                var shortForms = new List<string>();
                var baseNames = new List<string> { name };
                var other = new List<string>();
                foreach (var alt in alts)
                {
                    if (alt.Length <= 3 && alt.All(char.IsUpper)) shortForms.Add(alt);
                    else if (alt.All(c => c < 0x250)) baseNames.Add(alt);
                    else other.Add(alt);
                }
                baseNames.AddRange(new[] { f.Str("name_en"), f.Str("woe_name") }.OfType<string>());
                other.AddRange(new[] { f.Str("gn_name"), f.Str("name_local"), f.Str("gns_name") }.OfType<string>());
                other.AddRange(LanguageNames.Select(f.Str).OfType<string>());
                shortForms.AddRange(new[] { f.Str("postal"), f.Str("abbrev"), f.Str("code_hasc") }.OfType<string>());
                var gnId = f.Num("gn_id");
                result.Add(new NaturalEarthAdmin1
                {
                    IsoCode = iso,
                    Adm0A3 = CountryCodes.FromNaturalEarth(f.Str("adm0_a3") ?? iso[..2]),
                    Name = name,
                    CountryName = f.Str("admin"),
                    Region = f.Str("region"),
                    GeoUnit = f.Str("geonunit") is { } unit && unit != f.Str("admin") ? unit : null,
                    BaseNames = [.. baseNames.Distinct()],
                    OtherNames = [.. other.Distinct()],
                    ShortForms = [.. shortForms.Distinct()],
                    TypeEn = f.Str("type_en"),
                    TypeLocal = f.Str("type"),
                    GeoNamesAdmin1 = f.Str("gn_a1_code"),
                    GeoNamesName = f.Str("gn_name"),
                    GeonameId = gnId > 0 ? (long)gnId.Value : null,
                    Lat = f.Num("latitude") ?? f.Geometry.InteriorPoint.Y,
                    Lon = f.Num("longitude") ?? f.Geometry.InteriorPoint.X,
                    Geometry = f.Geometry,
                });
            }
            return result;
        }
    }
}
