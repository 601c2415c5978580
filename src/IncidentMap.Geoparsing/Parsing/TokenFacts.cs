using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Geoparsing.Parsing;

/// <summary>Per-token facts the event rules ask about, gathered once per article: the mention covering each token,
/// the country a demonym names, and whether the token lies inside a quotation.</summary>
internal sealed class TokenFacts
{
    private readonly int[] _mentionAt;
    private readonly Place?[] _demonymAt;

    public TokenFacts(Article article)
    {
        Article = article;
        _mentionAt = new int[article.Count];
        Array.Fill(_mentionAt, -1);
        for (var m = 0; m < article.Mentions.Count; m++)
        {
            var mention = article.Mentions[m];
            if (mention.Chosen is null) continue;
            for (var k = mention.FirstToken; k < mention.EndToken && k < article.Count; k++) _mentionAt[k] = m;
        }
        _demonymAt = new Place?[article.Count];
        foreach (var (token, country) in article.DemonymActors)
        {
            if (token >= 0 && token < article.Count) _demonymAt[token] = country;
        }
        Quotes = new Quotations(article);
    }

    public Article Article { get; }

    public Quotations Quotes { get; }

    /// <summary>The mention covering token <paramref name="k"/>, or null.</summary>
    public MentionDraft? MentionAt(int k) => k >= 0 && k < _mentionAt.Length && _mentionAt[k] >= 0 ? Article.Mentions[_mentionAt[k]] : null;

    /// <summary>The index in <see cref="Article.Mentions"/> of the mention covering <paramref name="k"/>, or -1.</summary>
    public int MentionIndexAt(int k) => k >= 0 && k < _mentionAt.Length ? _mentionAt[k] : -1;

    /// <summary>The country a demonym at <paramref name="k"/> names as an actor ("Russian drones"), or null.</summary>
    public Place? DemonymAt(int k) => k >= 0 && k < _demonymAt.Length ? _demonymAt[k] : null;
}
