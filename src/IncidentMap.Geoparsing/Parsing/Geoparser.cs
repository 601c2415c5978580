using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Geoparsing.Parsing;

/// <summary>
/// Reads a news article and returns the places it talks about, resolved against the gazetteer, and the incidents it
/// reports, typed, dated and located. Thread-safe and reusable: create one per gazetteer and share it.
/// </summary>
/// <param name="gazetteer">The gazetteer names are resolved against.</param>
public sealed class Geoparser(Gazetteer gazetteer)
{
    /// <summary>A parser that weighs resolver evidence with other weights than the shipped ones (the training bench).</summary>
    internal Geoparser(Gazetteer gazetteer, ResolverWeights weights)
        : this(gazetteer) => _weights = weights;

    /// <summary>The gazetteer this parser resolves against.</summary>
    public Gazetteer Gazetteer { get; } = gazetteer;

    private readonly GazetteerLexicon _lexicon = new(gazetteer);

    private readonly ResolverWeights _weights = ResolverWeights.Shipped;

    /// <summary>
    /// Parses one article. When <paramref name="articleDate"/> is null, a leading <c>date YYYY-MM-DD</c> line or prefix
    /// of <paramref name="text"/> gives it. Offsets in the result always index <paramref name="text"/> as given.
    /// </summary>
    /// <param name="text">The article text.</param>
    /// <param name="articleDate">The publication date, used to resolve "Friday", "this week", "in May".</param>
    public GeoparseResult Parse(string text, DateOnly? articleDate = null) => Parse(text, articleDate, out _);

    /// <summary>Parses one article and reports the units of work done, to check the parse stays linear.</summary>
    internal GeoparseResult Parse(string text, DateOnly? articleDate, out long work) => Parse(text, articleDate, null, out work);

    /// <summary>Parses one article and records each candidate's feature values in <paramref name="trace"/>.</summary>
    internal GeoparseResult Parse(string text, DateOnly? articleDate, ResolutionTrace? trace, out long work)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bodyStart = 0;
        if (ArticleDateLine.TryRead(text, out var leading, out var afterDate))
        {
            articleDate ??= leading;
            bodyStart = afterDate;
        }

        var article = new Article(text, bodyStart, _lexicon);
        PersonNames.Mark(article);
        MentionRecognizer.Recognize(article, new NameMatcher(Gazetteer));
        Resolver.Resolve(article, _weights, trace);
        Metonymy.Mark(article);

        var indexOf = new Dictionary<MentionDraft, int>(article.Mentions.Count);
        foreach (var draft in article.Mentions)
        {
            if (draft.Chosen is not null) indexOf[draft] = indexOf.Count;
        }
        // Incidents come first: the target of a strike may settle which of two same-named places a mention is.
        var incidents = IncidentExtractor.Extract(article, indexOf, articleDate);
        var places = new List<PlaceMention>(indexOf.Count);
        foreach (var draft in article.Mentions)
        {
            if (draft.Chosen is null) continue;
            places.Add(new PlaceMention(draft.Start, draft.End, text[draft.Start..draft.End], draft.Chosen, draft.Role,
                draft.Score, draft.RunnerUp, draft.RunnerUpScore)
            {
                NameStart = draft.NameStart >= 0 ? draft.NameStart : null,
                NameEnd = draft.NameEnd >= 0 ? draft.NameEnd : null,
                Contributions = draft.Evidence,
            });
        }
        work = article.Work;
        return new GeoparseResult(articleDate, places, incidents) { Focus = ArticleFocus.From(places, Gazetteer) };
    }
}
