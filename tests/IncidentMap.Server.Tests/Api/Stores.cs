namespace IncidentMap.Server.Tests.Api;

/// <summary>Theory data: every API test runs on both stores.</summary>
public static class Stores
{
    public static TheoryData<StoreKind> Both => [StoreKind.Embedded, StoreKind.PostGis];
}
