using System.Text.Json;

namespace IncidentMap.Geoparsing.Sources;

/// <summary>GeoNames admin-1 and admin-2 names by code ("UA.04", "US.KY.125").</summary>
internal static class GeoNamesAdminCodes
{
    public const string Admin1File = "geonames/admin1.json";
    public const string Admin2File = "geonames/admin2.json";

    public static Dictionary<string, string> Read(GeodataDirectory geodata, string file)
    {
        using var doc = JsonDocument.Parse(geodata.ReadVerified(file));
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in doc.RootElement.EnumerateArray())
        {
            if (e.GetProperty("code").GetString() is { } code && e.GetProperty("name").GetString() is { } name) result[code] = name;
        }
        return result;
    }
}
