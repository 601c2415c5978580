using System.IO.Compression;
using System.Text;
using IncidentMap.Geoparsing.Sources;

namespace IncidentMap.Geoparsing.Tests.Sources;

public sealed class GeodataDirectoryTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("incidentmap-geodata-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void MissingFile_OneMessageNamingTheFileAndTheWayToGetIt()
    {
        var e = Assert.Throws<GeodataException>(() => new GeodataDirectory(_dir).ReadVerified("geonames/cities500.txt"));
        Assert.Contains("geonames/cities500.txt", e.Message);
        Assert.Contains("geodata/download.sh", e.Message);
        Assert.Contains("INCIDENTMAP_GEODATA", e.Message);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void WrongContent_PlainOrGzip_IsRefusedWithBothChecksums(bool gzip)
    {
        var path = Path.Combine(_dir, "geonames", "admin1.json" + (gzip ? ".gz" : ""));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var bytes = Encoding.UTF8.GetBytes("[]");
        if (gzip)
        {
            using var gz = new GZipStream(File.Create(path), CompressionLevel.Fastest);
            gz.Write(bytes);
        }
        else
        {
            File.WriteAllBytes(path, bytes);
        }
        var e = Assert.Throws<GeodataException>(() => new GeodataDirectory(_dir).ReadVerified("geonames/admin1.json"));
        // sha256 of "[]" proves the gzip layer was removed before hashing.
        Assert.Contains("4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945", e.Message);
        Assert.Contains(GeodataManifest.Get("geonames/admin1.json").Sha256, e.Message);
    }

    [Fact]
    public void Manifest_ListsEverySourceOnceWithAChecksum()
    {
        Assert.Equal(14, GeodataManifest.Files.Count);
        foreach (var reference in new[] { "geonames/countryInfo.txt", "geonames/country-points.csv", "geonames/admin1CodesASCII.txt",
                     "geonames/admin1-points.tsv", "geonames/no-country.txt" })
        {
            Assert.Contains(GeodataManifest.Files, f => f.File == reference);
        }
        Assert.All(GeodataManifest.Files, f => Assert.Matches("^[0-9a-f]{64}$", f.Sha256));
        Assert.Equal(GeodataManifest.Files.Count, GeodataManifest.Files.Select(f => f.File).Distinct().Count());
    }
}
