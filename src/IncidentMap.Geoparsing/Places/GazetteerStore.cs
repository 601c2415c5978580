using IncidentMap.Geoparsing.Sources;

namespace IncidentMap.Geoparsing.Places;

/// <summary>
/// Loads the world gazetteer: from the binary cache when one exists for the current sources, otherwise built from
/// the raw sources (INCIDENTMAP_GEODATA), verified against the manifest, and cached for the next start.
/// </summary>
public static class GazetteerStore
{
    /// <summary>Loads the gazetteer, building and caching it first when needed.</summary>
    /// <param name="options">Source and cache folders; defaults from the environment.</param>
    /// <param name="progress">Receives one line per build step (nothing when the cache is used).</param>
    /// <exception cref="GeodataException">No valid cache and a source file is missing or of the wrong version.</exception>
    public static Gazetteer Load(GazetteerOptions? options = null, IProgress<string>? progress = null)
    {
        options ??= new GazetteerOptions();
        var cacheFile = options.CacheFile;
        if (!options.Rebuild && File.Exists(cacheFile))
        {
            try
            {
                if (GazetteerCache.Read(cacheFile, GeodataManifest.Digest) is { } cached) return new Gazetteer(cached);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or EndOfStreamException)
            {
                progress?.Report($"ignoring unreadable cache {cacheFile}: {e.Message}");
            }
        }
        return Build(options, progress);
    }

    /// <summary>Builds the gazetteer from the raw sources and writes the cache.</summary>
    /// <exception cref="GeodataException">A source file is missing or of the wrong version.</exception>
    public static Gazetteer Build(GazetteerOptions? options = null, IProgress<string>? progress = null)
    {
        options ??= new GazetteerOptions();
        var places = GazetteerBuilder.Build(options.Geodata, progress);
        var cacheFile = options.CacheFile;
        try
        {
            GazetteerCache.Write(cacheFile, places, GeodataManifest.Digest);
            progress?.Report($"cache written to {cacheFile}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only home is no reason to fail: the next start builds again.
            progress?.Report($"could not write the cache {cacheFile}: {e.Message}");
        }
        return new Gazetteer(places);
    }
}
