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
        _facts = facts;
        foreach (var frame in frames)
        {
            Acts.Add(frame.Act);
            if (!_framesByClause.TryGetValue(frame.Clause, out var inClause)) _framesByClause[frame.Clause] = inClause = [];
            inClause.Add(frame);
        }
    }

    private readonly TokenFacts _facts;
    private Participant? _participants;
    private bool? _stalled;
    private bool? _agreementVerb;

    public Article Article { get; }

    public (int First, int End) Span { get; }

    public HashSet<EventAct> Acts { get; } = [];

    /// <summary>Every participant word of the sentence, read when a rule first asks.</summary>
    public Participant Participants => _participants ??= FrameMatcher.Classify(_facts, Span.First, Span.End, out _);

    /// <summary>A protest or protesters are named.</summary>
    public bool Protest => Acts.Contains(EventAct.Protest) || Acts.Contains(EventAct.Riot) || (Participants & Participant.Protesters) != 0;

    /// <summary>"talks stalled", "on pause", "the truce collapsed".</summary>
    public bool Stalled => _stalled ??= Any(EventLexicon.Stalled);

    /// <summary>"signed", "agreed", "took effect".</summary>
    public bool AgreementVerb => _agreementVerb ??= Any(EventLexicon.AgreementVerbs);

    private bool Any(PhraseTable<bool> phrases)
    {
        for (var k = Span.First; k < Span.End; k++)
        {
            if (phrases.StartsAt(Article, k, Span.End)) return true;
        }
        return false;
    }

    /// <summary>An earlier sentence of the article reported military drills.</summary>
    public bool ExerciseReported { get; }

    /// <summary>The previous sentence of the same paragraph reported military drills.</summary>
    public bool PreviousWasExercise { get; }

    private HashSet<string>? _words;

    /// <summary>The sentence's folded words, gathered once when a rule first asks.</summary>
    private HashSet<string> Words
    {
        get
        {
            if (_words is not null) return _words;
            _words = new HashSet<string>(StringComparer.Ordinal);
            for (var k = Span.First; k < Span.End; k++) _words.Add(Article[k].Folded);
            return _words;
        }
    }

    public bool Has(string word) => Words.Contains(word);

    public bool Has(FrozenSet<string> words)
    {
        foreach (var word in Words)
        {
            if (words.Contains(word)) return true;
        }
        return false;
    }

    /// <summary>Whether an event word of this act stands in the clause.</summary>
    public bool ActIn((int First, int End) clause, EventAct act) => FrameIn(clause, f => f.Act == act);

    /// <summary>Whether an event word of the clause matches: a clause holds at most
    /// <see cref="FrameMatcher.MaxFramesPerClause"/> of them.</summary>
    public bool FrameIn((int First, int End) clause, Predicate<EventFrame> match) =>
        _framesByClause.TryGetValue(clause, out var frames) && frames.Exists(match);

    private readonly Dictionary<(int First, int End), List<EventFrame>> _framesByClause = [];

    /// <summary>Another event word follows token <paramref name="k"/> in the sentence ("practice missile strikes").</summary>
    public bool ActsAfter(int k) => _frames.Count > 0 && _frames[^1].Cue.First >= k;
}
