namespace IncidentMap.Cli;

/// <summary><c>ingest [--server URL [--key KEY]] FILE...</c>; the key defaults to <c>INCIDENTMAP_API_KEY</c>, so it
/// need not appear in the process list.</summary>
internal sealed record IngestOptions(IReadOnlyList<string> Files, Uri? Server, string? Key)
{
    public const string Usage = "usage: incidentmap ingest [--server URL [--key KEY]] FILE...  (text files, or .jsonl with one {title,text,published,source,url} per line)";

    public static IngestOptions? Parse(string[] args, Func<string, string?> environment, out string? error)
    {
        if (!ServerOption.TryTake(ref args, environment("INCIDENTMAP_API_KEY"), out var server, out var key, out error))
        {
            error = $"ingest: {error}";
            return null;
        }
        if (args.Length == 0 || args.Any(a => a is "-h" or "--help")) return null;
        return new IngestOptions(args, server, key);
    }
}
