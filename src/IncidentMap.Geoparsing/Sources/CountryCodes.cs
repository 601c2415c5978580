namespace IncidentMap.Geoparsing.Sources;

/// <summary>Natural Earth's own admin-0 codes for units that have an ISO 3166 alpha-3 code elsewhere.</summary>
internal static class CountryCodes
{
    internal static readonly Dictionary<string, string> NaturalEarthToIso = new(StringComparer.Ordinal)
    {
        ["ALD"] = "ALA", // Åland
        ["KOS"] = "UNK", // Kosovo (mledoze/countries uses UNK)
        ["PSX"] = "PSE", // Palestine
        ["SAH"] = "ESH", // Western Sahara
        ["SDS"] = "SSD", // South Sudan
    };

    /// <summary>Dependencies Natural Earth files as admin-1 units of another country, by ISO 3166-2 code.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> DependencyAdmin1 = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["GLP"] = ["FR-GP"],
        ["MTQ"] = ["FR-MQ"],
        ["GUF"] = ["FR-GF"],
        ["REU"] = ["FR-RE"],
        ["MYT"] = ["FR-YT"],
        ["SJM"] = ["NO-21"],
        ["BVT"] = ["NO-X01~"],
        ["BES"] = ["NL-BQ1", "NL-BQ2", "NL-BQ3"],
    };

    /// <summary>The alpha-3 code used for a Natural Earth ADM0_A3 code.</summary>
    public static string FromNaturalEarth(string adm0A3) => NaturalEarthToIso.GetValueOrDefault(adm0A3, adm0A3);
}
