namespace IncidentMap.Server.Tests.Api;

/// <summary>Skips a test whose environment is missing (geodata, ogrinfo), or fails it when <c>CI=true</c>.</summary>
public static class Requirements
{
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static void Unavailable(string reason)
    {
        if (IsCi) Assert.Fail(reason);
        Assert.Skip(reason);
    }
}
