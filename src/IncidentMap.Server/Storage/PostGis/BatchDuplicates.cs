namespace IncidentMap.Server.Storage.PostGis;

/// <summary>
/// Which texts of a batch are copies, and of what: of a stored article (what the database said, read in the batch's
/// turn), or of an article an earlier text of the same batch creates. Each text sees the stored articles and every
/// earlier text of the batch, exactly as if the batch's texts had been ingested one after the other.
/// </summary>
internal static class BatchDuplicates
{
    // Articles of the batch rank after every stored one (they are newer), in batch order, when candidates are compared.
    private const long _batchIds = long.MaxValue / 2;

    public static BatchDecision[] Decide(IReadOnlyList<IngestPlan> plans, StoredMatches[] stored, ILookup<long, ArticleSource> storedSources)
    {
        var decisions = new BatchDecision[plans.Count];
        var urls = new Dictionary<string, ArticleTarget>(StringComparer.Ordinal);
        var hashes = new Dictionary<string, int>(StringComparer.Ordinal);
        var bands = new Dictionary<long, List<int>>();
        var keys = new Dictionary<ArticleTarget, HashSet<string>>();
        HashSet<string> KeysOf(ArticleTarget target)
        {
            if (!keys.TryGetValue(target, out var set))
            {
                set = target.StoredId is { } id ? [.. storedSources[id].Select(s => s.Key).OfType<string>()] : new HashSet<string>(StringComparer.Ordinal);
                keys[target] = set;
            }
            return set;
        }

        for (var k = 0; k < plans.Count; k++)
        {
            var plan = plans[k];
            var match = stored[k];
            (ArticleTarget Target, DuplicateMatch By)? found = null;
            if (plan.CanonicalUrl is { } url && (match.ByUrl is { } u ? new ArticleTarget(u, null) : urls.TryGetValue(url, out var earlierUrl) ? earlierUrl : (ArticleTarget?)null) is { } byUrl)
                found = (byUrl, DuplicateMatch.Url);
            else if (match.ByHash is { } h) found = (new ArticleTarget(h, null), DuplicateMatch.ContentHash);
            else if (hashes.TryGetValue(plan.ContentHash, out var sameText)) found = (new ArticleTarget(null, sameText), DuplicateMatch.ContentHash);
            else if (plan.Signature is { } signature)
            {
                var earlier = TextFingerprint.BandKeys(signature).SelectMany(b => bands.GetValueOrDefault(b) ?? []).Distinct()
                    .Select(j => (_batchIds + j, plans[j].Signature!));
                if (NearDuplicates.Best(signature, match.Candidates.Concat(earlier)) is { } near)
                    found = (near >= _batchIds ? new ArticleTarget(null, (int)(near - _batchIds)) : new ArticleTarget(near, null), DuplicateMatch.NearDuplicate);
            }

            if (found is not { } copy)
            {
                var self = new ArticleTarget(null, k);
                decisions[k] = new BatchDecision(self, null, false);
                if (plan.CanonicalUrl is { } own) urls[own] = self;
                hashes.TryAdd(plan.ContentHash, k);
                if (plan.Signature is { } signature)
                {
                    foreach (var band in TextFingerprint.BandKeys(signature))
                    {
                        if (!bands.TryGetValue(band, out var list)) bands[band] = list = [];
                        list.Add(k);
                    }
                }
                if (plan.Source.Key is { } key) KeysOf(self).Add(key);
                continue;
            }
            // Another copy: a source when it comes from an address or outlet the article does not list yet.
            var added = copy.By != DuplicateMatch.Url && plan.Source.Key is { } sourceKey && KeysOf(copy.Target).Add(sourceKey);
            if (added && plan.CanonicalUrl is { } address) urls.TryAdd(address, copy.Target);
            decisions[k] = new BatchDecision(copy.Target, copy.By, added);
        }
        return decisions;
    }

    /// <summary>The stored articles the texts may be copies of, whose article, incidents and sources the batch reads.</summary>
    public static long[] StoredTargets(IReadOnlyList<IngestPlan> plans, StoredMatches[] stored) =>
    [
        .. stored.SelectMany((m, k) => new[]
        {
            m.ByUrl, m.ByHash, plans[k].Signature is { } s ? NearDuplicates.Best(s, m.Candidates) : null,
        }).OfType<long>().Distinct(),
    ];
}

/// <summary>An article a text of a batch goes to: a stored one, or the one a text of the batch creates.</summary>
internal readonly record struct ArticleTarget(long? StoredId, int? NewIndex);

/// <summary>What a text of a batch does: creates an article (its target is itself, no match), or is a copy of its
/// target matched one way, added as one of its sources or not.</summary>
internal sealed record BatchDecision(ArticleTarget Target, DuplicateMatch? By, bool Added);
