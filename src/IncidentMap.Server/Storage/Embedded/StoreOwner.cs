using System.Globalization;

namespace IncidentMap.Server.Storage.Embedded;

/// <summary>The process that holds an embedded store's folder.</summary>
public sealed record StoreOwner(int Pid, string Command, DateTimeOffset Started)
{
    public override string ToString() =>
        $"process {Pid} ({Command}), started {Started.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture)}";
}
