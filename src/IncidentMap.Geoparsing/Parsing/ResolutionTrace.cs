using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Geoparsing.Parsing;

/// <summary>Every resolved mention of a parse with each candidate's feature values, as the resolver weighed them:
/// what the training bench learns the weights from.</summary>
internal sealed class ResolutionTrace
{
    private readonly List<TracedMention> _mentions = [];

    public IReadOnlyList<TracedMention> Mentions => _mentions;

    public void Add(MentionDraft mention, double[][] features)
    {
        var n = features.Length;
        var candidates = new Place[n];
        for (var c = 0; c < n; c++) candidates[c] = mention.Candidates[c];
        _mentions.Add(new TracedMention(mention.NameStart, mention.NameEnd, candidates, features, mention.Chosen));
    }
}

/// <summary>One resolved mention: its toponym span (-1 when it names none), its candidates, their feature values
/// (the pooled ones of the name's best occurrence) and the chosen place.</summary>
internal sealed record TracedMention(int NameStart, int NameEnd, Place[] Candidates, double[][] Features, Place? Chosen);
