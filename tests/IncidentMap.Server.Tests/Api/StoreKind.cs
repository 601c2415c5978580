namespace IncidentMap.Server.Tests.Api;

/// <summary>Which store a test server runs on.</summary>
public enum StoreKind
{
    Embedded,
    PostGis,
}
