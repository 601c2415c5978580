namespace IncidentMap.Server.Storage.PostGis;

/// <summary>What the stored articles say about one text: the article with its address, with its text, and the
/// near-duplicate candidates.</summary>
internal sealed class StoredMatches
{
    public long? ByUrl { get; set; }

    public long? ByHash { get; set; }

    public List<(long ArticleId, uint[] Signature)> Candidates { get; } = [];
}

/// <summary>The highest copy and article ids a duplicate lookup saw.</summary>
internal readonly record struct SeenUpTo(long SourceId, long ArticleId);
