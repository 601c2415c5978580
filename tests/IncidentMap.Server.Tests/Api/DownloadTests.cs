using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace IncidentMap.Server.Tests.Api;

/// <summary>Every download format holds the filtered incidents, and a GIS reads it back.</summary>
public sealed partial class DownloadTests(PostGisDatabase postGis)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task GeoJsonDownload_IsTheWholeSetAsRfc7946(StoreKind store)
    {
        await using var server = await ServerFactory.CreateAsync(store, postGis);
        using var client = server.CreateClient();
        var expected = await ExpectedIdsAsync(client);

        using var response = await client.GetAsync(new Uri("/api/layers/incidents?download=1", UriKind.Relative), Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        var body = JsonDocument.Parse(text).RootElement;

        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(expected, Json.Features(body).Select(f => f.GetProperty("id").GetInt64()).Order());
        // RFC 7946: no crs member, Point positions [lon, lat] in range; written with at most 6 decimals.
        Assert.False(body.TryGetProperty("crs", out _));
        foreach (var feature in Json.Features(body).Where(f => f.GetProperty("geometry").ValueKind == JsonValueKind.Object))
        {
            var c = feature.GetProperty("geometry").GetProperty("coordinates");
            Assert.InRange(c[0].GetDouble(), -180, 180);
            Assert.InRange(c[1].GetDouble(), -90, 90);
        }
        Assert.DoesNotMatch(LongDecimals(), text);
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task GeoJsonSeqDownload_IsOneFeaturePerRecord(StoreKind store)
    {
        await using var server = await ServerFactory.CreateAsync(store, postGis);
        using var client = server.CreateClient();
        var expected = await ExpectedIdsAsync(client);

        using var response = await client.GetAsync(new Uri("/api/layers/incidents?f=geojsonseq", UriKind.Relative), Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal("application/geo+json-seq", response.Content.Headers.ContentType?.MediaType);
        var records = text.Split('\u001e', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(text.StartsWith('\u001e'));
        Assert.All(records, r => Assert.EndsWith("\n", r, StringComparison.Ordinal));
        var ids = records.Select(r => JsonDocument.Parse(r).RootElement).Select(f =>
        {
            Assert.Equal("Feature", f.GetProperty("type").GetString());
            return f.GetProperty("id").GetInt64();
        });
        Assert.Equal(expected, ids.Order());
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task CsvAndGeoPackageDownloads_AreReadByGdal(StoreKind store)
    {
        var ogrinfo = new[] { "/usr/bin/ogrinfo", "/usr/local/bin/ogrinfo" }.FirstOrDefault(File.Exists);
        if (ogrinfo is null) Requirements.Unavailable("GDAL's ogrinfo is not installed (Debian package gdal-bin)");
        await using var server = await ServerFactory.CreateAsync(store, postGis);
        using var client = server.CreateClient();
        var expected = await ExpectedIdsAsync(client);
        var located = Json.Features(await Json.ReadAsync(await client.GetAsync(new Uri("/api/layers/incidents?limit=10000", UriKind.Relative), Ct)))
            .Count(f => f.GetProperty("geometry").ValueKind == JsonValueKind.Object);
        var directory = Directory.CreateTempSubdirectory("incidentmap-download-").FullName;
        try
        {
            using var csvResponse = await client.GetAsync(new Uri("/api/layers/incidents?f=csv&type=strategic_developments,battles,explosions_remote_violence,airspace_incidents", UriKind.Relative), Ct);
            Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType?.MediaType);
            Assert.EndsWith(".csv", csvResponse.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
            var csv = Path.Combine(directory, "incidents.csv");
            await File.WriteAllBytesAsync(csv, await csvResponse.Content.ReadAsByteArrayAsync(Ct), Ct);
            var gpkg = Path.Combine(directory, "incidents.gpkg");
            using var gpkgResponse = await client.GetAsync(new Uri("/api/layers/incidents?f=gpkg", UriKind.Relative), Ct);
            Assert.Equal("application/geopackage+sqlite3", gpkgResponse.Content.Headers.ContentType?.MediaType);
            await File.WriteAllBytesAsync(gpkg, await gpkgResponse.Content.ReadAsByteArrayAsync(Ct), Ct);

            var (csvExit, csvInfo) = await RunAsync(ogrinfo!, "-ro", "-al", "-oo", "GEOM_POSSIBLE_NAMES=wkt", "-oo", "KEEP_GEOM_COLUMNS=NO", csv);
            var (gpkgExit, gpkgInfo) = await RunAsync(ogrinfo!, "-ro", "-al", gpkg);

            Assert.True(csvExit == 0, csvInfo);
            Assert.Equal(expected.Count, Count(csvInfo));
            Assert.Equal(located, Regex.Matches(csvInfo, @"^\s*POINT \(", RegexOptions.Multiline).Count);
            Assert.Contains("summary (String)", csvInfo, StringComparison.Ordinal);
            Assert.True(gpkgExit == 0, gpkgInfo);
            Assert.Contains("Geometry: Point", gpkgInfo, StringComparison.Ordinal);
            Assert.Equal(expected.Count, Count(gpkgInfo));
            Assert.True(located == Regex.Matches(gpkgInfo, @"^\s*POINT \(", RegexOptions.Multiline).Count, gpkgInfo[^Math.Min(2500, gpkgInfo.Length)..]);
            Assert.Contains("subtype (String) = troop_deployment", gpkgInfo, StringComparison.Ordinal);
            var ids = Regex.Matches(gpkgInfo, @"^\s*id \(Integer\S*\) = (\d+)", RegexOptions.Multiline)
                .Select(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Order().ToList();
            Assert.True(expected.SequenceEqual(ids), gpkgInfo[^Math.Min(2500, gpkgInfo.Length)..]);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static int Count(string ogrinfo) =>
        int.Parse(FeatureCount().Match(ogrinfo).Groups[1].Value, CultureInfo.InvariantCulture);

    private static async Task<List<long>> ExpectedIdsAsync(HttpClient client)
    {
        var all = await Json.ReadAsync(await client.GetAsync(new Uri("/api/layers/incidents?limit=10000", UriKind.Relative), Ct));
        var ids = Json.Features(all).Select(f => f.GetProperty("id").GetInt64()).Order().ToList();
        Assert.True(ids.Count >= 5);
        return ids;
    }

    private static async Task<(int Exit, string Output)> RunAsync(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync(Ct);
        var stderr = process.StandardError.ReadToEndAsync(Ct);
        await process.WaitForExitAsync(Ct);
        return (process.ExitCode, await stdout + await stderr);
    }

    [GeneratedRegex(@"\d\.\d{7,}")]
    private static partial Regex LongDecimals();

    [GeneratedRegex(@"Feature Count: (\d+)")]
    private static partial Regex FeatureCount();
}
