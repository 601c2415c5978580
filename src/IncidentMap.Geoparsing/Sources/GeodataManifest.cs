using System.Security.Cryptography;
using System.Text;

namespace IncidentMap.Geoparsing.Sources;

/// <summary>One source file of the gazetteer: where it lies under the geodata folder and its expected checksum.</summary>
/// <param name="File">Path relative to the geodata folder, without <c>.gz</c>.</param>
/// <param name="Upstream">Where the download step fetches it.</param>
/// <param name="Version">Data set version.</param>
/// <param name="Licence">Licence of the data set.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the uncompressed file.</param>
public sealed record GeodataFile(string File, string Upstream, string Version, string Licence, string Sha256);

/// <summary>The manifest of gazetteer sources (geodata/manifest.tsv, embedded in the library).</summary>
public static class GeodataManifest
{
    /// <summary>Every source file, in manifest order.</summary>
    public static IReadOnlyList<GeodataFile> Files { get; } = Read();

    /// <summary>A digest of all checksums: the cache is valid only for the sources it was built from.</summary>
    public static string Digest { get; } =
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', Files.Select(f => f.File + " " + f.Sha256)))));

    /// <summary>The manifest entry for a file path.</summary>
    public static GeodataFile Get(string file) =>
        Files.FirstOrDefault(f => f.File == file) ?? throw new ArgumentException($"{file} is not in the geodata manifest", nameof(file));

    private static GeodataFile[] Read()
    {
        using var stream = typeof(GeodataManifest).Assembly.GetManifestResourceStream("IncidentMap.Geoparsing.manifest.tsv")
            ?? throw new InvalidOperationException("geodata manifest missing from the assembly");
        using var reader = new StreamReader(stream);
        var files = new List<GeodataFile>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var f = line.Split('\t');
            files.Add(new GeodataFile(f[0], f[1], f[2], f[3], f[4].ToLowerInvariant()));
        }
        return [.. files];
    }
}
