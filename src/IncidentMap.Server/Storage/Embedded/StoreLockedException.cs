namespace IncidentMap.Server.Storage.Embedded;

/// <summary>A second process (or a second store in this one) tried to open an embedded store that is in use.</summary>
public sealed class StoreLockedException(string directory, StoreOwner? owner, Exception inner)
    : Exception($"The embedded store in {directory} is in use by {owner?.ToString() ?? "another process"}. It belongs to one process "
        + "at a time: stop that process, or, to add articles while a server runs, send them to it (incidentmap ingest --server URL).", inner)
{
    public string Directory { get; } = directory;

    public StoreOwner? Owner { get; } = owner;
}
