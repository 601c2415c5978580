using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace IncidentMap.Server.Tests.Api;

/// <summary>A real GIS client against a real Kestrel server: GDAL's OAPIF driver reads the OGC API.</summary>
public sealed partial class OgrInfoTests(PostGisDatabase postGis)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task OgrInfo_ReadsTheSeedIncidentsLayer(StoreKind store)
    {
        var ogrinfo = new[] { "/usr/bin/ogrinfo", "/usr/local/bin/ogrinfo" }.FirstOrDefault(File.Exists);
        if (ogrinfo is null) Requirements.Unavailable("GDAL's ogrinfo is not installed (Debian package gdal-bin)");
        await using var server = await ServerFactory.CreateAsync(store, postGis);
        server.UseKestrel(FreePort());
        server.StartServer();
        using var client = server.CreateClient();
        var expected = (await Json.ReadAsync(await client.GetAsync(new Uri("/api/layers/incidents?limit=10000", UriKind.Relative), Ct)))
            .GetProperty("numberMatched").GetInt64();
        var baseUrl = client.BaseAddress!.ToString().TrimEnd('/');

        var (exit, output) = await RunAsync(ogrinfo!, "-ro", "-al", "-so", $"OAPIF:{baseUrl}/ogc");

        Assert.True(exit == 0, output);
        var layer = Regex.Match(output, @"Layer name: incidents\s.*?Feature Count: (\d+)", RegexOptions.Singleline);
        Assert.True(layer.Success, output);
        Assert.True(expected > 0);
        Assert.Equal(expected, long.Parse(layer.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("Layer name: borders", output);
        Assert.Contains("subtype: String", output);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<(int Exit, string Output)> RunAsync(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) info.ArgumentList.Add(a);
        // GDAL must reach the loopback server directly.
        info.Environment["NO_PROXY"] = "*";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync(Ct);
        var stderr = process.StandardError.ReadToEndAsync(Ct);
        await process.WaitForExitAsync(Ct);
        return (process.ExitCode, await stdout + await stderr);
    }
}
