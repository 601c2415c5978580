namespace IncidentMap.Cli.Tests;

public sealed class UsageTests
{
    [Fact]
    public void NoArguments_PrintsUsage() => Assert.True(true);
}
