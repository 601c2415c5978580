using IncidentMap.Geoparsing.Parsing;

namespace IncidentMap.Geoparsing.Tests.Parsing;

/// <summary>A geoparser over the shared real gazetteer (<see cref="RealGazetteer"/>): skipped locally without
/// INCIDENTMAP_GEODATA, failed under CI=true.</summary>
internal static class RealGeodata
{
    private static Geoparser? _parser;

    public static Geoparser Parser()
    {
        var gazetteer = RealGazetteer.Load();
        return LazyInitializer.EnsureInitialized(ref _parser, () => new Geoparser(gazetteer));
    }
}
