namespace IncidentMap.Server.Tests.Faults;

/// <summary>Tests that start heavy work of their own (a fresh PostGIS store, a server process loading the gazetteer)
/// run after the others and one at a time, so they do not slow the shared store's set-up on a 2-core machine.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneCollection
{
    public const string Name = "Alone";
}
