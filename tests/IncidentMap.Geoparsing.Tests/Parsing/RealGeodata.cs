using IncidentMap.Geoparsing.Parsing;
using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Geoparsing.Tests.Parsing;

/// <summary>
/// The real gazetteer from INCIDENTMAP_GEODATA, loaded once per test run and shared. Without it a test skips with the
/// reason, except under CI (CI=true), where a missing gazetteer is a failure.
/// </summary>
internal static class RealGeodata
{
    internal static readonly Lazy<Geoparser?> Shared = new(() =>
        string.IsNullOrEmpty(Environment.GetEnvironmentVariable("INCIDENTMAP_GEODATA")) ? null : new Geoparser(GazetteerStore.Load()));

    public static Geoparser Parser()
    {
        if (Shared.Value is { } parser) return parser;
        const string Reason = "INCIDENTMAP_GEODATA is not set: real-gazetteer tests need the geodata sources";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)) Assert.Fail(Reason);
        Assert.Skip(Reason);
        return null!;
    }
}
