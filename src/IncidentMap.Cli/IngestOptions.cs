namespace IncidentMap.Cli;

/// <summary><c>ingest [--server URL [--key KEY]] FILE...</c>; the key defaults to <c>INCIDENTMAP_API_KEY</c>, so it
/// need not appear in the process list.</summary>
internal sealed record IngestOptions(IReadOnlyList<string> Files, Uri? Server, string? Key)
{
    public const string Usage = "usage: incidentmap ingest [--server URL [--key KEY]] FILE...  (text files, or .jsonl with one {title,text,published,source,url} per line)";

    public static IngestOptions? Parse(string[] args, Func<string, string?> environment, out string? error)
    {
        error = null;
        var files = new List<string>();
        Uri? server = null;
        string? key = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--server" when i + 1 < args.Length:
                    if (!Uri.TryCreate(args[++i].TrimEnd('/') + "/", UriKind.Absolute, out server) || server.Scheme is not ("http" or "https"))
                    {
                        error = $"ingest: --server needs an http or https address, not '{args[i]}'";
                        return null;
                    }
                    break;
                case "--key" when i + 1 < args.Length:
                    key = args[++i];
                    break;
                case "--server" or "--key":
                    error = $"ingest: {args[i]} needs a value";
                    return null;
                case "-h" or "--help":
                    return null;
                default:
                    files.Add(args[i]);
                    break;
            }
        }
        if (files.Count == 0) return null;
        if (key is not null && server is null)
        {
            error = "ingest: --key goes with --server";
            return null;
        }
        return new IngestOptions(files, server, server is null ? null : key ?? environment("INCIDENTMAP_API_KEY"));
    }
}
