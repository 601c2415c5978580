using IncidentMap.Server.Storage;

namespace IncidentMap.Server.Tests.Storage;

/// <summary>The values tests read from an incident's rendered properties.</summary>
internal static class RenderedIncidentValues
{
    public static string Subtype(this RenderedIncident incident) => incident.Property("subtype").GetString()!;

    public static string Summary(this RenderedIncident incident) => incident.Property("summary").GetString()!;
}
