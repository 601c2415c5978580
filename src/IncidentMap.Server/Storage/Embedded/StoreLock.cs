using System.Text.Json;

namespace IncidentMap.Server.Storage.Embedded;

/// <summary>
/// The embedded store's claim on its data folder: an exclusive lock on <c>incidentmap.lock</c>, held while the store
/// is open and released by the system when the process ends, however it ends. The owner (process id, command,
/// start time) is written beside it, so a second process can say who holds the folder.
/// </summary>
public sealed class StoreLock : IDisposable
{
    public const string FileName = "incidentmap.lock";
    public const string OwnerFileName = "incidentmap.owner";

    private readonly FileStream _lock;

    private StoreLock(FileStream file) => _lock = file;

    /// <summary>Takes the folder's lock or throws <see cref="StoreLockedException"/> naming the process that has it.</summary>
    public static StoreLock Acquire(string directory)
    {
        Directory.CreateDirectory(directory);
        FileStream file;
        try
        {
            // FileShare.None is an exclusive, non-blocking lock (flock on Unix): it conflicts with any other holder,
            // in another process or in this one.
            file = new FileStream(Path.Combine(directory, FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (e is not (FileNotFoundException or DirectoryNotFoundException or PathTooLongException))
        {
            throw new StoreLockedException(directory, ReadOwner(directory), e);
        }
        var owner = new StoreOwner(Environment.ProcessId, Command(), DateTimeOffset.UtcNow);
        File.WriteAllText(Path.Combine(directory, OwnerFileName), JsonSerializer.Serialize(owner));
        return new StoreLock(file);
    }

    public void Dispose() => _lock.Dispose();

    private static StoreOwner? ReadOwner(string directory)
    {
        try
        {
            return JsonSerializer.Deserialize<StoreOwner>(File.ReadAllText(Path.Combine(directory, OwnerFileName)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    private static string Command()
    {
        // args[0] is the entry assembly; the executable that runs it (dotnet, or the app's own launcher) comes first.
        var args = Environment.GetCommandLineArgs();
        var host = Environment.ProcessPath ?? "";
        if (Path.GetFileNameWithoutExtension(host) == "dotnet") args = ["dotnet", .. args];
        else if (host.Length > 0) args = [host, .. args[1..]];
        var command = string.Join(' ', args.Select(a => a.Contains(' ', StringComparison.Ordinal) ? $"\"{a}\"" : a));
        return command.Length <= 300 ? command : command[..299] + "…";
    }
}
