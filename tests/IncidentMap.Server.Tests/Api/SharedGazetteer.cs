using IncidentMap.Geoparsing.Places;
using IncidentMap.Geoparsing.Sources;

namespace IncidentMap.Server.Tests.Api;

/// <summary>The real gazetteer, loaded once for the whole test run and handed to every test server:
/// loading it per server would dominate the run.</summary>
public static class SharedGazetteer
{
    private static readonly Lazy<(Gazetteer? Gazetteer, string? Problem)> _loaded = new(Load);

    /// <summary>The loaded gazetteer; skips the test (fails it under CI) when the geodata is missing.</summary>
    public static Gazetteer Get()
    {
        var (gazetteer, problem) = _loaded.Value;
        if (gazetteer is null) Requirements.Unavailable(problem!);
        return gazetteer!;
    }

    private static (Gazetteer?, string?) Load()
    {
        var directory = Environment.GetEnvironmentVariable("INCIDENTMAP_GEODATA");
        if (string.IsNullOrWhiteSpace(directory) || !Directory.Exists(directory))
            return (null, "Geodata unavailable: set INCIDENTMAP_GEODATA to the folder with the gazetteer sources");
        try
        {
            return (GazetteerStore.Load(new GazetteerOptions { GeodataPath = directory }), null);
        }
        catch (Exception e) when (e is GeodataException or IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return (null, $"Geodata unavailable: {e.Message}");
        }
    }
}
