using System.Diagnostics;
using IncidentMap.Server.Storage.Embedded;

namespace IncidentMap.Server.Tests.Storage;

/// <summary>The embedded store's folder belongs to one process at a time; another is told which process has it.</summary>
public sealed class EmbeddedStoreLockTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("incidentmap-lock-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task SecondProcess_OpeningTheSameFolder_IsRefusedNamingTheOwner_UntilTheOwnerDies()
    {
        var token = TestContext.Current.CancellationToken;
        // The durability test's writer: another process that opens the store in the folder and writes to it.
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { [DurabilityWriter.Variable] = _directory },
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(typeof(EmbeddedStoreLockTests).Assembly.Location);
        StoreLockedException refused;
        using (var owner = Process.Start(start)!)
        {
            _ = owner.StandardError.ReadToEndAsync(token);
            Assert.NotNull(await owner.StandardOutput.ReadLineAsync(token));

            await using var second = new EmbeddedIncidentStore(_directory);
            refused = await Assert.ThrowsAsync<StoreLockedException>(() => second.InitializeAsync(StoreTestData.Gazetteer, token));

            Assert.Equal(owner.Id, refused.Owner?.Pid);
            // Killed as with kill -9: the system releases the lock with the process.
            owner.Kill(entireProcessTree: true);
            await owner.WaitForExitAsync(token);
        }
        Assert.Contains($"in use by process {refused.Owner!.Pid} (", refused.Message);
        Assert.Contains(Path.GetFileName(typeof(EmbeddedStoreLockTests).Assembly.Location), refused.Owner.Command);

        await using var after = new EmbeddedIncidentStore(_directory);
        await after.InitializeAsync(StoreTestData.Gazetteer, token);
        Assert.True(await after.IsReadyAsync(token));
    }

    [Fact]
    public async Task SecondStore_InTheSameProcess_IsRefused_AndTheFolderIsFreeOnceTheFirstIsDisposed()
    {
        var token = TestContext.Current.CancellationToken;
        var first = new EmbeddedIncidentStore(_directory);
        await first.InitializeAsync(StoreTestData.Gazetteer, token);

        await using (var second = new EmbeddedIncidentStore(_directory))
        {
            var refused = await Assert.ThrowsAsync<StoreLockedException>(() => second.InitializeAsync(StoreTestData.Gazetteer, token));
            Assert.Equal(Environment.ProcessId, refused.Owner?.Pid);
        }
        await first.DisposeAsync();

        await using var third = new EmbeddedIncidentStore(_directory);
        await third.InitializeAsync(StoreTestData.Gazetteer, token);
    }
}
