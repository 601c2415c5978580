using System.Collections.Frozen;

namespace IncidentMap.Geoparsing.Parsing;

/// <summary>What the rules ask about a frame's whole sentence: the acts of its other event words, its participant
/// words, whether it is about a protest, and whether talks or a truce in it broke down or were reached.</summary>
internal sealed class SentenceContext
{
    private readonly List<EventFrame> _frames;

    public SentenceContext(TokenFacts facts, (int First, int End) span, List<EventFrame> frames, bool previousWasExercise, bool exerciseReported)
    {
        ExerciseReported = exerciseReported;
        Article = facts.Article;
        Span = span;
        _frames = frames;
        PreviousWasExercise = previousWasExercise;
        foreach (var frame in frames) Acts.Add(frame.Act);
        Participants = FrameMatcher.Classify(facts, span.First, span.End, out _);
        Protest = Acts.Contains(EventAct.Protest) || Acts.Contains(EventAct.Riot) || (Participants & Participant.Protesters) != 0;
        for (var k = span.First; k < span.End; k++)
        {
            Stalled |= EventLexicon.Stalled.StartsAt(Article, k, span.End);
            AgreementVerb |= EventLexicon.AgreementVerbs.StartsAt(Article, k, span.End);
        }
    }

    public Article Article { get; }

    public (int First, int End) Span { get; }

    public HashSet<EventAct> Acts { get; } = [];

    public Participant Participants { get; }

    /// <summary>A protest or protesters are named.</summary>
    public bool Protest { get; }

    /// <summary>"talks stalled", "on pause", "the truce collapsed".</summary>
    public bool Stalled { get; }

    /// <summary>"signed", "agreed", "took effect".</summary>
    public bool AgreementVerb { get; }

    /// <summary>An earlier sentence of the article reported military drills.</summary>
    public bool ExerciseReported { get; }

    /// <summary>The previous sentence of the same paragraph reported military drills.</summary>
    public bool PreviousWasExercise { get; }

    public bool Has(string word)
    {
        for (var k = Span.First; k < Span.End; k++)
        {
            if (Article[k].Folded == word) return true;
        }
        return false;
    }

    public bool Has(FrozenSet<string> words)
    {
        for (var k = Span.First; k < Span.End; k++)
        {
            if (words.Contains(Article[k].Folded)) return true;
        }
        return false;
    }

    /// <summary>Whether an event word of this act stands in the clause.</summary>
    public bool ActIn((int First, int End) clause, EventAct act) => _frames.Exists(f => f.Clause == clause && f.Act == act);

    /// <summary>Another event word follows token <paramref name="k"/> in the sentence ("practice missile strikes").</summary>
    public bool ActsAfter(int k) => _frames.Exists(f => f.Cue.First >= k);
}
