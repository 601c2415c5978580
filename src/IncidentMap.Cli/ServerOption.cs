namespace IncidentMap.Cli;

/// <summary><c>--server URL [--key KEY]</c> anywhere in a command's arguments; the key defaults to
/// <c>INCIDENTMAP_API_KEY</c>, so it need not appear in the process list.</summary>
internal static class ServerOption
{
    /// <summary>Takes the options out of <paramref name="args"/>; false, with the reason, when they are malformed.</summary>
    public static bool TryTake(ref string[] args, string? environmentKey, out Uri? server, out string? key, out string? error)
    {
        server = null;
        key = null;
        error = null;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "--server" or "--key" && i + 1 >= args.Length)
            {
                error = $"{args[i]} needs a value";
                return false;
            }
            if (args[i] == "--server")
            {
                if (!Uri.TryCreate(args[++i].TrimEnd('/') + "/", UriKind.Absolute, out server) || server.Scheme is not ("http" or "https"))
                {
                    error = $"--server needs an http or https address, not '{args[i]}'";
                    return false;
                }
            }
            else if (args[i] == "--key")
            {
                key = args[++i];
            }
            else
            {
                rest.Add(args[i]);
            }
        }
        if (key is not null && server is null)
        {
            error = "--key goes with --server";
            return false;
        }
        args = [.. rest];
        if (server is not null) key ??= environmentKey;
        return true;
    }
}
