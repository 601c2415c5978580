using IncidentMap.Server.Articles;
using IncidentMap.Server.Errors;
using IncidentMap.Server.Storage;

namespace IncidentMap.Cli;

/// <summary>One article read from an ingest file, or the reason it could not be read.</summary>
internal sealed record IngestItem(string Origin, NewArticle? Article, string? Error);

/// <summary>Reads ingest files with the same rules as <c>POST /api/articles</c>.</summary>
internal static class IngestSource
{
    public static IEnumerable<IngestItem> Read(IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            var extension = Path.GetExtension(file).ToLowerInvariant();
            if (extension is ".jsonl" or ".ndjson")
            {
                var number = 0;
                foreach (var line in File.ReadLines(file))
                {
                    number++;
                    if (string.IsNullOrWhiteSpace(line)) continue;
                    yield return Parse($"{file}:{number}", () => ArticleRequest.Parse(line).ToNewArticle());
                }
            }
            else
            {
                yield return Parse(file, () =>
                {
                    var text = File.ReadAllText(file);
                    if (text.Length > ArticleBody.MaxBytes) throw new InvalidParameterException("body", "the file is larger than 1 MB");
                    return new ArticleRequest(null, text, null, null, null).ToNewArticle();
                });
            }
        }
    }

    private static IngestItem Parse(string origin, Func<NewArticle> read)
    {
        try
        {
            return new IngestItem(origin, read(), null);
        }
        catch (InvalidParameterException e)
        {
            return new IngestItem(origin, null, $"{e.Parameter}: {e.Message}");
        }
    }
}
