using IncidentMap.Geoparsing.Places;
using IncidentMap.Geoparsing.Sources;

namespace IncidentMap.Geoparsing.Tests;

/// <summary>
/// The world gazetteer from INCIDENTMAP_GEODATA (via the binary cache), loaded once per test run.
/// A test that needs it calls <see cref="Load"/>: without geodata the test is skipped, or fails when CI=true.
/// </summary>
public static class RealGazetteer
{
    private static readonly Lazy<(Gazetteer? Gazetteer, string? Reason)> _instance = new(Open);

    /// <summary>The shared gazetteer; skips (locally) or fails (CI=true) the calling test when geodata is unavailable.</summary>
    public static Gazetteer Load()
    {
        var (gazetteer, reason) = _instance.Value;
        if (gazetteer is not null) return gazetteer;
        if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail(reason);
        Assert.Skip(reason!);
        throw new InvalidOperationException("unreachable");
    }

    private static (Gazetteer?, string?) Open()
    {
        try
        {
            return (GazetteerStore.Load(), null);
        }
        catch (GeodataException e)
        {
            return (null, $"real geodata unavailable ({GeodataDirectory.EnvironmentVariable} unset or incomplete): {e.Message}");
        }
    }
}
