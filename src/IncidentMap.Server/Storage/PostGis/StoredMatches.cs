namespace IncidentMap.Server.Storage.PostGis;

/// <summary>What the stored articles say about one text: the article with its address, with its text, and the
/// near-duplicate candidates.</summary>
internal sealed class StoredMatches
{
    public long? ByUrl { get; set; }

    public long? ByHash { get; set; }

    public List<(long ArticleId, uint[] Signature)> Candidates { get; } = [];

    /// <summary>Every stored article this text matches.</summary>
    public IEnumerable<long> Ids => new[] { ByUrl, ByHash }.OfType<long>().Concat(Candidates.Select(c => c.ArticleId));

    /// <summary>Drops the matches with the articles <paramref name="gone"/> names.</summary>
    public void Forget(Func<long, bool> gone)
    {
        if (ByUrl is { } u && gone(u)) ByUrl = null;
        if (ByHash is { } h && gone(h)) ByHash = null;
        Candidates.RemoveAll(c => gone(c.ArticleId));
    }
}

/// <summary>The highest copy and article ids a duplicate lookup saw.</summary>
internal readonly record struct SeenUpTo(long SourceId, long ArticleId);
