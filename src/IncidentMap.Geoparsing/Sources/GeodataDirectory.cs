using System.IO.Compression;
using System.Security.Cryptography;

namespace IncidentMap.Geoparsing.Sources;

/// <summary>
/// The folder of raw gazetteer sources (INCIDENTMAP_GEODATA). Each file may lie there plain or gzip-compressed;
/// its uncompressed content must match the manifest checksum.
/// </summary>
public sealed class GeodataDirectory
{
    /// <summary>The environment variable naming the folder.</summary>
    public const string EnvironmentVariable = "INCIDENTMAP_GEODATA";

    /// <summary>Opens <paramref name="path"/>.</summary>
    public GeodataDirectory(string path) => Path = System.IO.Path.GetFullPath(path);

    /// <summary>The folder.</summary>
    public string Path { get; }

    /// <summary>The folder from INCIDENTMAP_GEODATA, else the download step's folder <c>geodata/data</c>
    /// of the repository that contains the working directory (or the working directory itself).</summary>
    public static GeodataDirectory FromEnvironment()
    {
        var fromEnv = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnv)) return new GeodataDirectory(fromEnv);
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "geodata", "data");
            if (Directory.Exists(candidate)) return new GeodataDirectory(candidate);
        }
        return new GeodataDirectory(System.IO.Path.Combine("geodata", "data"));
    }

    /// <summary>True when every manifest file is present (plain or .gz); checksums are not read here.</summary>
    public bool IsComplete => GeodataManifest.Files.All(f => Locate(f.File) is not null);

    /// <summary>Reads a manifest file, decompressing it when it is .gz, and verifies its checksum.</summary>
    /// <exception cref="GeodataException">The file is missing or its content does not match the manifest.</exception>
    public byte[] ReadVerified(string file)
    {
        var entry = GeodataManifest.Get(file);
        var found = Locate(file) ?? throw new GeodataException(
            $"Geodata file {file}(.gz) is missing from {Path}. Run geodata/download.sh to fetch it, or set {EnvironmentVariable} to a folder that holds it.");
        byte[] bytes;
        using (var raw = File.OpenRead(found))
        using (var buffer = new MemoryStream())
        {
            if (found.EndsWith(".gz", StringComparison.Ordinal))
            {
                using var gz = new GZipStream(raw, CompressionMode.Decompress);
                gz.CopyTo(buffer);
            }
            else
            {
                raw.CopyTo(buffer);
            }
            bytes = buffer.ToArray();
        }
        var actual = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (actual != entry.Sha256)
        {
            throw new GeodataException(
                $"Geodata file {found} has sha256 {actual}, expected {entry.Sha256} ({entry.Version}). Run geodata/download.sh to fetch the right version, or set {EnvironmentVariable} to a folder that holds it.");
        }
        return bytes;
    }

    private string? Locate(string file)
    {
        var plain = System.IO.Path.Combine(Path, file);
        if (File.Exists(plain)) return plain;
        return File.Exists(plain + ".gz") ? plain + ".gz" : null;
    }
}
