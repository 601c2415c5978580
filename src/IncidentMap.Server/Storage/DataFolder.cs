namespace IncidentMap.Server.Storage;

/// <summary>
/// The one data folder of the embedded store, resolved the same way by the server and the command line, whatever
/// folder they are started from: <c>INCIDENTMAP_DATA</c> when set, else the user's data folder
/// (<c>$XDG_DATA_HOME/incidentmap</c>, by default <c>~/.local/share/incidentmap</c>).
/// </summary>
public static class DataFolder
{
    public const string Variable = "INCIDENTMAP_DATA";

    public static string Resolve(IConfiguration configuration)
    {
        if (configuration[Variable] is { Length: > 0 } configured) return Path.GetFullPath(configured);
        var user = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        if (string.IsNullOrEmpty(user))
            throw new InvalidOperationException($"There is no per-user data folder (HOME is not set): set {Variable} to the embedded store's folder.");
        return Path.Combine(user, "incidentmap");
    }
}
