using IncidentMap.Geoparsing.Sources;

namespace IncidentMap.Geoparsing.Places;

/// <summary>Where <see cref="GazetteerStore"/> finds the raw sources and keeps its cache.</summary>
public sealed record GazetteerOptions
{
    /// <summary>The environment variable naming the cache folder.</summary>
    public const string CacheEnvironmentVariable = "INCIDENTMAP_GAZETTEER_CACHE";

    /// <summary>The folder of raw sources; default INCIDENTMAP_GEODATA, else the download step's <c>geodata/data</c>.</summary>
    public string? GeodataPath { get; init; }

    /// <summary>The cache folder; default INCIDENTMAP_GAZETTEER_CACHE, else <c>$XDG_CACHE_HOME/incidentmap</c>
    /// or <c>~/.cache/incidentmap</c>.</summary>
    public string? CachePath { get; init; }

    /// <summary>Build from the raw sources even when a valid cache exists (and rewrite the cache).</summary>
    public bool Rebuild { get; init; }

    /// <summary>The geodata folder these options name.</summary>
    public GeodataDirectory Geodata => GeodataPath is null ? GeodataDirectory.FromEnvironment() : new GeodataDirectory(GeodataPath);

    /// <summary>The cache file for the current sources and format.</summary>
    public string CacheFile
    {
        get
        {
            var fromEnv = Environment.GetEnvironmentVariable(CacheEnvironmentVariable);
            var folder = CachePath ?? (string.IsNullOrEmpty(fromEnv) ? DefaultCacheFolder() : fromEnv);
            return Path.Combine(folder, $"gazetteer-v{GazetteerCache.FormatVersion}-{GeodataManifest.Digest[..16]}.bin");
        }
    }

    private static string DefaultCacheFolder()
    {
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var root = string.IsNullOrEmpty(xdg) ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache") : xdg;
        return Path.Combine(root, "incidentmap");
    }
}
