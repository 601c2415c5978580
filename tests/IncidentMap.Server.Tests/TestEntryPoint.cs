using IncidentMap.Server.Tests.Storage;

namespace IncidentMap.Server.Tests;

/// <summary>
/// The test assembly's entry point: the test runner, or the durability test's writer process when
/// <c>INCIDENTMAP_DURABILITY_WRITER</c> names a data directory. The writer must not run in a module initializer:
/// its async continuations would wait on the module's initialization, which waits on them.
/// </summary>
internal static class TestEntryPoint
{
    public static async Task<int> Main(string[] args)
    {
        if (Environment.GetEnvironmentVariable(DurabilityWriter.Variable) is { Length: > 0 } directory)
        {
            await DurabilityWriter.WriteUntilKilledAsync(directory);
            return 0;
        }
        if (args.Any(arg => arg is "--server" or "--internal-msbuild-node"))
            return await Xunit.MicrosoftTestingPlatform.TestPlatformTestFramework.RunAsync(args, SelfRegisteredExtensions.AddSelfRegisteredExtensions);
        return await Xunit.Runner.InProc.SystemConsole.ConsoleRunner.Run(args);
    }
}
