using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Geoparsing.Parsing;

/// <summary>
/// A light, rule-based frame matcher over tokens: finds the event words of a clause and, around each, its agent
/// (the subject before an active verb, "by ..." after a passive one), patient (the object after it, the subject of a
/// passive), opponents ("with", "between", "against"), the modifiers before a noun, and the senses its context gives.
/// Every window is bounded, so a clause costs work linear in its length.
/// </summary>
internal static class FrameMatcher
{
    private const int _agentReach = 10;
    private const int _patientReach = 8;
    private const int _modifierReach = 3;
    private const int _senseReach = 6;

    /// <summary>The most event words read in one clause.</summary>
    internal const int MaxFramesPerClause = 8;

    /// <summary>The frames of the event words of one clause.</summary>
    /// <param name="facts">The article's token facts.</param>
    /// <param name="sentence">The clause's sentence.</param>
    /// <param name="clause">The clause.</param>
    /// <param name="starts">The tokens of the sentence where an event word may start, in order.</param>
    /// <param name="into">Where the frames go.</param>
    public static void Match(TokenFacts facts, (int First, int End) sentence, (int First, int End) clause, List<int> starts, List<EventFrame> into)
    {
        var article = facts.Article;
        var inClause = Participant.None;
        var clauseRead = false;
        var next = clause.First;
        var made = 0;
        foreach (var k in starts)
        {
            if (k < next) continue;
            // A clause reports a few events: a run-on list of event words is not read past the first ones.
            if (k >= clause.End || made >= MaxFramesPerClause) break;
            if (!EventLexicon.Predicates.Match(article, k, clause.End, out var entry, out var length)) continue;
            var end = k + length;
            // "riot police", "strike force": a participant phrase that starts with an event word is the participant.
            // "March", "Operation Storm": a capitalised word inside a sentence is a name.
            if (EventLexicon.Participants.Match(article, k, clause.End, out _, out var participantLength) && participantLength > length
                || article[k].Capitalized && (!article[k].SentenceStart || WordLists.Calendar.Contains(article[k].Folded)) && !article[k].AllCaps)
            {
                next = end;
                continue;
            }
            var form = ChooseForm(article, k, entry.Form);
            // "the downed drones": a participle before a noun describes it; the event was reported elsewhere.
            if (form == ActForm.Past && article.Word(k - 1) is "the" or "a" or "an" or "its" or "their" or "his" or "her" or "these" or "those")
            {
                next = end;
                continue;
            }
            // "air raid sirens", "strike force": the event word only describes another noun.
            if (form == ActForm.Noun && end < clause.End && EventLexicon.CompoundHeads.Contains(article[end].Folded))
            {
                next = end;
                continue;
            }
            if (!clauseRead)
            {
                inClause = Classify(facts, clause.First, clause.End, out _);
                clauseRead = true;
            }
            var frame = new EventFrame
            {
                Act = entry.Act,
                Form = form,
                Cue = (k, end),
                Clause = clause,
                Sentence = sentence,
                Passive = form == ActForm.Past && IsPassive(article, clause.First, k, end, clause.End),
                InClause = inClause,
                Near = Senses(article, Math.Max(sentence.First, k - _senseReach), Math.Min(sentence.End, end + _senseReach)),
            };
            Fill(facts, frame);
            into.Add(frame);
            made++;
            article.CountWork(_agentReach + _patientReach + 2 * _senseReach);
            next = end;
        }
    }

    /// <summary>The senses of the words in tokens [first, end).</summary>
    public static Sense Senses(Article article, int first, int end)
    {
        var senses = Sense.None;
        for (var k = first; k < end; k++)
        {
            if (!article[k].IsWord) continue;
            if (EventLexicon.Senses.Match(article, k, end, out var sense, out var length))
            {
                senses |= sense;
                k += length - 1;
            }
        }
        return senses;
    }

    /// <summary>A word of several forms gets one from the word before it: "to attack", "the attack", "are shelling".</summary>
    private static ActForm ChooseForm(Article article, int k, ActForm forms)
    {
        if (forms is ActForm.Past or ActForm.Ing or ActForm.Base or ActForm.Noun) return forms;
        var before = article.Word(k - 1);
        var afterBe = EventLexicon.Be.Contains(before);
        if ((forms & ActForm.Past) != 0 && (afterBe || before is "has" or "have" or "had")) return ActForm.Past;
        if ((forms & ActForm.Ing) != 0 && afterBe) return ActForm.Ing;
        if ((forms & ActForm.Base) != 0 && (before is "to" or "we" or "they" or "i" or "you" or "did" or "does" or "do"
                                            || EventLexicon.Modal.Contains(before))) return ActForm.Base;
        if ((forms & ActForm.Noun) != 0) return ActForm.Noun;
        return (forms & ActForm.Past) != 0 ? ActForm.Past : ActForm.Base;
    }

    /// <summary>"was captured", "has been shelled", "were reportedly killed", "the village captured by".</summary>
    private static bool IsPassive(Article article, int clauseFirst, int cue, int end, int clauseEnd)
    {
        for (var k = cue - 1; k >= clauseFirst && k >= cue - 4; k--)
        {
            var word = article[k].Folded;
            if (EventLexicon.Be.Contains(word)) return true;
            if (!EventLexicon.Adverbs.Contains(word) && word is not ("not" or "nt" or "never")) break;
        }
        return end < clauseEnd && article[end].Folded == "by";
    }

    private static void Fill(TokenFacts facts, EventFrame frame)
    {
        var article = facts.Article;
        var (cue, end) = frame.Cue;
        var (clauseFirst, clauseEnd) = frame.Clause;
        var agentFirst = AgentStart(article, Math.Max(clauseFirst, cue - _agentReach), cue, facts);
        // "a drone entered its airspace during a Russian attack": a noun's side is named after the preposition that heads it.
        if (frame.Form == ActForm.Noun) agentFirst = Math.Max(agentFirst, PrepositionBefore(article, agentFirst, cue) + 1);
        // "soldiers opened fire on the crowd, killing five": a participle after a comma has the clause's subject.
        if (article.Word(cue - 1) == "," && article[cue].Folded.EndsWith("ing", StringComparison.Ordinal)) agentFirst = Math.Max(clauseFirst, cue - 2 * _agentReach);
        var beforeFlags = Classify(facts, agentFirst, cue, out var before);
        var modifierFirst = Math.Max(clauseFirst, cue - _modifierReach);
        frame.Modifiers = frame.Form == ActForm.Noun ? Classify(facts, ModifierStart(article, modifierFirst, cue), cue, out _) : Participant.None;
        // After the event word: the object up to a break, with "by ...", "with ...", "between ...", "against ..." apart.
        var agentAfter = Participant.None;
        var opponents = Participant.None;
        var afterFlags = Participant.None;
        (int First, int End) objectSpan = (end, end), byAgent = (end, end);
        var k = end;
        var part = 0; // 0 object, 1 "by", 2 "with"/"between"/"against"
        var partStart = end;
        for (; k < clauseEnd && k < end + _patientReach; k++)
        {
            var word = article[k].Folded;
            if (IsBreak(article, k) || k > end && EventLexicon.Predicates.StartsAt(article, k, clauseEnd)) break;
            var next = word switch
            {
                "by" => 1,
                // "an attack by militants on a checkpoint": the target follows its attackers.
                "on" or "at" when part == 1 => 0,
                "with" or "between" or "against" or "alongside" => 2,
                _ => -1,
            };
            if (next < 0) continue;
            Flush(part, partStart, k);
            part = next;
            partStart = k + 1;
        }
        Flush(part, partStart, k);

        void Flush(int which, int from, int to)
        {
            if (to <= from) return;
            var flags = Classify(facts, from, to, out var named);
            switch (which)
            {
                case 0:
                    afterFlags |= flags;
                    if (flags != Participant.None) objectSpan = objectSpan.First == objectSpan.End ? (end, named.End) : (objectSpan.First, named.End);
                    break;
                case 1:
                    agentAfter |= flags;
                    if (flags != Participant.None) byAgent = named;
                    break;
                default:
                    opponents |= flags;
                    break;
            }
        }

        if (frame.Passive)
        {
            frame.Patient = beforeFlags;
            frame.PatientSpan = before;
            frame.Agent = agentAfter;
            frame.AgentSpan = byAgent;
        }
        else
        {
            frame.Agent = beforeFlags | agentAfter;
            frame.AgentSpan = before.First < before.End ? before : byAgent;
            frame.Patient = afterFlags;
            frame.PatientSpan = objectSpan;
        }
        frame.Opponents = opponents;
    }

    /// <summary>Where the subject before an event word starts: after the nearest break, or the one before it when the
    /// nearest phrase names no participant ("Russian forces, after a week, captured").</summary>
    private static int AgentStart(Article article, int first, int cue, TokenFacts facts)
    {
        var breaks = 0;
        for (var k = cue - 1; k >= first; k--)
        {
            if (!IsBreak(article, k)) continue;
            if (breaks++ == 0 && Classify(facts, k + 1, cue, out _) == Participant.None) continue;
            return k + 1;
        }
        return first;
    }

    /// <summary>The last preposition before a noun in [first, cue), or first - 1.</summary>
    private static int PrepositionBefore(Article article, int first, int cue)
    {
        for (var k = cue - 1; k >= first; k--)
        {
            if (article[k].Folded is "during" or "in" or "on" or "after" or "amid" or "of" or "from" or "to" or "at" or "for" or "with" or "since" or "before") return k;
        }
        return first - 1;
    }

    /// <summary>The first modifier word before a noun: after the last determiner, verb or break in reach.</summary>
    private static int ModifierStart(Article article, int first, int cue)
    {
        for (var k = cue - 1; k >= first; k--)
        {
            var word = article[k];
            if (IsBreak(article, k) || word.Folded is "a" or "an" or "the" or "of" or "in" or "on" or "by" or "and" or "with" or "after") return k + 1;
        }
        return first;
    }

    /// <summary>Punctuation and words that end a participant's phrase.</summary>
    internal static bool IsBreak(Article article, int k)
    {
        var token = article[k];
        // "3,000 troops": a comma inside a number.
        if (token.Folded == "," && k > 0 && k + 1 < article.Count && article[k - 1].Shape == TokenShape.Number && article[k + 1].Shape == TokenShape.Number
            && article[k - 1].End == token.Start && token.End == article[k + 1].Start)
        {
            return false;
        }
        if (token.Shape == TokenShape.Punctuation) return token.Folded is not ("'" or "\u2019" or "&" or "/");
        return token.Folded is "that" or "which" or "who" or "whom" or "when" or "while" or "after" or "before" or "because"
            or "as" or "since" or "but" or "where" or "if" or "although" or "though" or "until" or "said" or "says";
    }

    private static bool IsListGap(Article article, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (article[k].Folded is not ("," or "and" or "or")) return false;
        }
        return true;
    }

    /// <summary>The participant classes named in tokens [first, end), and the tokens [First, End) from the first
    /// such word to the last (empty when none).</summary>
    public static Participant Classify(TokenFacts facts, int first, int end, out (int First, int End) named)
    {
        var article = facts.Article;
        var flags = Participant.None;
        named = (end, end);
        var locativeList = false;
        var lastPlaceEnd = -1;
        for (var k = first; k < end; k++)
        {
            var token = article[k];
            var found = Participant.None;
            var last = k;
            if (facts.MentionAt(k) is { } mention)
            {
                var kind = mention.Chosen!.Kind;
                // "in Afghanistan and Iraq": the preposition governs the list.
                var located = mention.Locative || locativeList && k - lastPlaceEnd is >= 1 and <= 2 && IsListGap(article, lastPlaceEnd, k);
                found = mention.Role == MentionRole.Metonym || kind == PlaceKind.Country && (!located || mention.Speaker)
                    ? Participant.State
                    : Participant.Place | (kind == PlaceKind.Airspace ? Participant.Airspace : Participant.None);
                last = Math.Max(k, Math.Min(end, mention.EndToken) - 1);
                locativeList = (found & Participant.Place) != 0;
                lastPlaceEnd = last + 1;
            }
            else if (facts.DemonymAt(k) is not null)
            {
                found = Participant.State;
            }
            else if (token.Shape == TokenShape.Number || token.Folded is "hundreds" or "thousands" or "dozens" or "scores" or "tens")
            {
                found = Participant.Count;
            }
            else if (token.IsWord && EventLexicon.Participants.Match(article, k, end, out var words, out var length))
            {
                found = words;
                last = k + length - 1;
            }
            if (token.Folded == "airspace") found |= Participant.Airspace;
            if (found == Participant.None) continue;
            flags |= found;
            named = (Math.Min(named.First, k), last + 1);
            k = last;
        }
        if (flags == Participant.None) named = (end, end);
        return flags;
    }
}
