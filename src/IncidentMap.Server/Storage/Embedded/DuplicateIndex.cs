namespace IncidentMap.Server.Storage.Embedded;

/// <summary>
/// What the embedded store finds duplicates and sources by: every article's copies (sources), the article behind each
/// canonical address, and the MinHash signatures with their band keys. Updated only after a commit.
/// </summary>
internal sealed class DuplicateIndex
{
    private readonly Lock _sync = new();
    private readonly Dictionary<long, List<ArticleSource>> _sources = [];
    private readonly Dictionary<string, long> _byUrl = new(StringComparer.Ordinal);
    private readonly Dictionary<long, uint[]> _signatures = [];
    private readonly Dictionary<long, List<long>> _bands = [];

    public void AddSource(long articleId, ArticleSource source)
    {
        lock (_sync)
        {
            if (!_sources.TryGetValue(articleId, out var list)) _sources[articleId] = list = [];
            list.Add(source);
            if (CanonicalUrl.Of(source.Url) is { } url) _byUrl.TryAdd(url, articleId);
        }
    }

    public void AddSignature(long articleId, uint[] signature)
    {
        lock (_sync)
        {
            _signatures[articleId] = signature;
            foreach (var band in TextFingerprint.BandKeys(signature))
            {
                if (!_bands.TryGetValue(band, out var ids)) _bands[band] = ids = [];
                ids.Add(articleId);
            }
        }
    }

    public bool HasSignature(long articleId)
    {
        lock (_sync) return _signatures.ContainsKey(articleId);
    }

    public IReadOnlyList<ArticleSource> Sources(long articleId)
    {
        lock (_sync) return _sources.TryGetValue(articleId, out var list) ? [.. list] : [];
    }

    public long? ArticleByUrl(string canonicalUrl)
    {
        lock (_sync) return _byUrl.TryGetValue(canonicalUrl, out var id) ? id : null;
    }

    /// <summary>The stored article the signature is a near-duplicate of, or null.</summary>
    public long? NearDuplicateOf(uint[] signature)
    {
        lock (_sync)
        {
            var candidates = TextFingerprint.BandKeys(signature)
                .SelectMany(b => _bands.TryGetValue(b, out var ids) ? ids : [])
                .Distinct()
                .Select(id => (id, _signatures[id]));
            return NearDuplicates.Best(signature, candidates);
        }
    }

    public void Remove(long articleId)
    {
        lock (_sync)
        {
            if (_sources.Remove(articleId, out var list))
            {
                foreach (var url in list.Select(s => CanonicalUrl.Of(s.Url)).OfType<string>())
                {
                    if (_byUrl.TryGetValue(url, out var id) && id == articleId) _byUrl.Remove(url);
                }
            }
            if (_signatures.Remove(articleId, out var signature))
            {
                foreach (var band in TextFingerprint.BandKeys(signature)) _bands.GetValueOrDefault(band)?.Remove(articleId);
            }
        }
    }
}
