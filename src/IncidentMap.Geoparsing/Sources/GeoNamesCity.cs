using System.Globalization;
using System.Text;

namespace IncidentMap.Geoparsing.Sources;

/// <summary>One row of GeoNames cities500: every populated place of more than 500 people, and every seat.</summary>
internal sealed record GeoNamesCity
{
    public required long GeonameId { get; init; }
    public required string Name { get; init; }
    public required string AsciiName { get; init; }
    public required string[] AlternateNames { get; init; }
    public required double Lat { get; init; }
    public required double Lon { get; init; }
    public required string FeatureCode { get; init; }
    public required string CountryCode { get; init; }
    public required string Admin1 { get; init; }
    public required string Admin2 { get; init; }
    public required long Population { get; init; }

    public const string File = "geonames/cities500.txt";

    public static List<GeoNamesCity> Read(GeodataDirectory geodata)
    {
        var text = Encoding.UTF8.GetString(geodata.ReadVerified(File));
        var result = new List<GeoNamesCity>(200_000);
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (line.IsEmpty) continue;
            var f = line.ToString().Split('\t');
            result.Add(new GeoNamesCity
            {
                GeonameId = long.Parse(f[0], CultureInfo.InvariantCulture),
                Name = f[1],
                AsciiName = f[2],
                AlternateNames = f[3].Length == 0 ? [] : f[3].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
                Lat = double.Parse(f[4], CultureInfo.InvariantCulture),
                Lon = double.Parse(f[5], CultureInfo.InvariantCulture),
                FeatureCode = f[7],
                CountryCode = f[8],
                Admin1 = f[10],
                Admin2 = f[11],
                Population = f[14].Length == 0 ? 0 : long.Parse(f[14], CultureInfo.InvariantCulture),
            });
        }
        return result;
    }
}
