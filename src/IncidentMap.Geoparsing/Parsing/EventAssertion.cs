namespace IncidentMap.Geoparsing.Parsing;

/// <summary>
/// Whether a frame's event is asserted as having happened: not a question, not negated or denied, not modal,
/// conditional, intended or feared, not habitual, not an infinitive or a present-tense generality, not background or
/// future by its time, and, inside a quotation, a report of something done rather than a view. Returns why not.
/// </summary>
internal static class EventAssertion
{
    private const int _negationReach = 5;
    private const int _denialReach = 8;
    private const int _modalReach = 6;
    private const int _intentReach = 8;
    private const int _governorReach = 4;

    /// <summary>How far either side of the event word a clause-wide question (a condition, a habit, a past verb, an
    /// opinion) is asked: a run-on clause costs a bounded window per event word, not the clause.</summary>
    private const int _clauseReach = 16;

    /// <summary>Null when asserted; otherwise the reason it is not, for the evidence and for debugging.</summary>
    public static string? WhyNot(TokenFacts facts, EventFrame frame)
    {
        var article = facts.Article;
        var (cue, cueEnd) = frame.Cue;
        var clauseFirst = Math.Max(frame.Clause.First, cue - _clauseReach);
        var clauseEnd = Math.Min(frame.Clause.End, cueEnd + _clauseReach);
        article.CountWork(clauseEnd - clauseFirst);
        var (_, sentenceEnd) = frame.Sentence;
        if (article[sentenceEnd - 1].Folded == "?") return "a question";
        if (frame.Time is { Relation: TimeRelation.Background }) return "background time";
        if (frame.Time is { Relation: TimeRelation.Future }) return "future time";
        var announced = frame.Act is EventAct.Deploy or EventAct.Close or EventAct.Exercise && Announced(article, frame.Sentence.First, cue);
        for (var k = Math.Max(clauseFirst, cue - _denialReach); k < cue; k++)
        {
            var word = article[k].Folded;
            if (EventLexicon.Denial.Contains(word) || k >= cue - _negationReach && EventLexicon.Negation.Contains(word)) return $"negated ('{word}')";
        }
        // "clashes were not reported", "no clashes".
        for (var k = cueEnd; k < clauseEnd && k < cueEnd + 3; k++)
        {
            if (article[k].Folded is "not" or "nt" or "never") return $"negated ('{article[k].Folded}')";
        }
        for (var k = Math.Max(clauseFirst, cue - _modalReach); k < cue; k++)
        {
            var word = article[k].Folded;
            // "may" the month is capitalised; "may" the modal is not.
            if (EventLexicon.Modal.Contains(word) && !(word == "may" && article[k].Capitalized) && !announced) return $"modal ('{word}')";
            if (word == "may" && !article[k].Capitalized) return "modal ('may')";
        }
        for (var k = clauseFirst; k < cue; k++)
        {
            if (EventLexicon.Condition.Contains(article[k].Folded)) return $"conditional ('{article[k].Folded}')";
        }
        // Before a noun, the governor stands before its whole phrase ("to halt its ground and aerial attacks").
        var phraseStart = frame.Form == ActForm.Noun ? PhraseStart(article, clauseFirst, cue) : cue;
        if (Intended(article, clauseFirst, cue, phraseStart, frame.Form, announced) is { } intent) return $"intended ('{intent}')";
        for (var k = Math.Max(clauseFirst, phraseStart - _governorReach); k < cue; k++)
        {
            if (EventLexicon.Intent.Match(article, k, cue, out _, out var length)) return $"not asserted ('{Words(article, k, k + length)}')";
        }
        for (var k = clauseFirst; k < clauseEnd; k++)
        {
            if (EventLexicon.Habitual.Match(article, k, clauseEnd, out _, out var length)) return $"habitual ('{Words(article, k, k + length)}')";
        }
        if (frame.Form == ActForm.Base)
        {
            if (article.Word(cue - 1) == "to") return PurposeOfAMeans(article, clauseFirst, cue - 1) ? null : "an infinitive";
            return announced ? null : "present tense: a generality";
        }
        if (frame.Form == ActForm.Noun)
        {
            for (var k = Math.Max(clauseFirst, cue - _governorReach); k < cue; k++)
            {
                if (EventLexicon.Generic.Contains(article[k].Folded)) return $"generic ('{article[k].Folded}')";
            }
            // "a vigil was scheduled for that night".
            for (var k = cueEnd; k < clauseEnd && k < cueEnd + 3; k++)
            {
                if (EventLexicon.Be.Contains(article[k].Folded) && EventLexicon.IntentTo.Contains(article.Word(k + 1))) return $"scheduled ('{article.Word(k + 1)}')";
            }
            // "after the downing of drones": the clause takes the event as given.
            var presupposed = EventLexicon.Presupposing.Contains(article.Word(phraseStart - 1)) || EventLexicon.Presupposing.Contains(article.Word(phraseStart - 2));
            // The verb that makes a noun happen may stand well before it ("police used tear gas ..., the fourth night of
            // demonstrations"): look twice as far back.
            var verbFirst = Math.Max(frame.Clause.First, cue - 2 * _clauseReach);
            if (!presupposed && !HasPastVerb(article, verbFirst, clauseEnd, cue, cueEnd)) return "no verb says it happened";
        }
        if (facts.Quotes.Inside(cue))
        {
            if (frame.Act is EventAct.Talks or EventAct.Sanction or EventAct.Agree) return "a statement inside a quotation";
            for (var k = clauseFirst; k < clauseEnd; k++)
            {
                if (EventLexicon.Opinion.Contains(article[k].Folded)) return "an opinion inside a quotation";
            }
        }
        return null;
    }

    /// <summary>"used tear gas to disperse": a past verb of means, with its object between it and "to".</summary>
    private static bool PurposeOfAMeans(Article article, int clauseFirst, int to)
    {
        for (var k = to - 2; k >= clauseFirst && k >= to - 10; k--)
        {
            if (EventLexicon.Means.Contains(article[k].Folded)) return true;
        }
        return false;
    }

    /// <summary>"Poland said troops would be stationed", "ordered troops deployed": a decision announced is itself the
    /// development, for deployments and closures.</summary>
    private static bool Announced(Article article, int sentenceFirst, int cue)
    {
        for (var k = sentenceFirst; k < cue; k++)
        {
            if (EventLexicon.Announcement.Contains(article[k].Folded)) return true;
        }
        return false;
    }

    /// <summary>"plans to capture", "vowed to strike": a verb of intent with "to" between it and the event word; before
    /// a noun, some such verbs alone ("threatened ... sanctions", "a planned attack").</summary>
    private static string? Intended(Article article, int clauseFirst, int cue, int phraseStart, ActForm form, bool announced)
    {
        for (var k = Math.Max(clauseFirst, cue - _intentReach); k < cue; k++)
        {
            var word = article[k].Folded;
            if (form == ActForm.Noun && phraseStart - k <= _governorReach && EventLexicon.IntentNoun.Contains(word)) return word;
            if (!EventLexicon.IntentTo.Contains(word)) continue;
            if (announced && EventLexicon.Announcement.Contains(word)) continue;
            for (var t = k + 1; t < cue && t <= k + 3; t++)
            {
                // "agreed to hold talks" intends them; "agreed to a ceasefire" reached one.
                if (article[t].Folded == "to" && !(form == ActForm.Noun && article.Word(t + 1) is "a" or "an" or "the" || t + 1 == cue)) return word;
            }
        }
        return null;
    }

    /// <summary>A verb in the clause that puts the noun's event in the past or in progress: a past tense ("broke out",
    /// "was held", "killed"), an eventive verb, or "are" with a present participle.</summary>
    private static bool HasPastVerb(Article article, int first, int end, int cue, int cueEnd)
    {
        for (var k = first; k < end; k++)
        {
            if (k >= cue && k < cueEnd) continue;
            var token = article[k];
            if (!token.IsWord) continue;
            var word = token.Folded;
            if (EventLexicon.Eventive.Contains(word) || EventLexicon.Past.Contains(word)) return true;
            if (word.Length >= 5 && word.EndsWith("ed", StringComparison.Ordinal) && !token.Capitalized && !EventLexicon.NotPast.Contains(word)) return true;
            if (word is "is" or "are" && article.Word(k + 1).EndsWith("ing", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>The first word of a noun's phrase: back over determiners, possessives, modifiers and "and".</summary>
    private static int PhraseStart(Article article, int clauseFirst, int cue)
    {
        var k = cue;
        while (k > clauseFirst && k > cue - 6)
        {
            var word = article[k - 1];
            if (!word.IsWord || EventLexicon.Predicates.StartsAt(article, k - 1, cue) || EventLexicon.Presupposing.Contains(word.Folded)
                || EventLexicon.Intent.StartsAt(article, k - 1, cue) || EventLexicon.IntentTo.Contains(word.Folded) || EventLexicon.IntentNoun.Contains(word.Folded)
                || word.Folded is "to" or "of" or "in" or "on" or "by" or "with" or "for" or "from" or "at")
            {
                break;
            }
            k--;
        }
        return k;
    }

    private static string Words(Article article, int first, int end) => article.Slice(article[first].Start, article[end - 1].End);
}
