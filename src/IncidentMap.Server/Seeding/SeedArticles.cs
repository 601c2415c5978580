namespace IncidentMap.Server.Seeding;

/// <summary>Where the seed articles are: <c>INCIDENTMAP_SEEDS</c>, else the first <c>seeds/</c> folder at or above
/// the content root (the repository's when run from source, <c>/app/seeds</c> in the container).</summary>
public sealed class SeedArticles(IConfiguration configuration, IHostEnvironment environment)
{
    public string? Directory()
    {
        if (configuration["INCIDENTMAP_SEEDS"] is { Length: > 0 } configured) return configured;
        for (var dir = new DirectoryInfo(environment.ContentRootPath); dir is not null; dir = dir.Parent)
        {
            var seeds = Path.Combine(dir.FullName, "seeds");
            if (System.IO.Directory.Exists(seeds)) return seeds;
        }
        return null;
    }

    public IReadOnlyList<string> Files() =>
        Directory() is { } dir && System.IO.Directory.Exists(dir)
            ? System.IO.Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal).ToList()
            : [];
}
