namespace IncidentMap.Geoparsing.Parsing;

/// <summary>
/// Turns the clauses that report events into incidents. Each event word gets its frame (<see cref="FrameMatcher"/>);
/// a frame counts when it is asserted as having happened (<see cref="EventAssertion"/>) and its participants make it
/// political violence or a security development (<see cref="EventClassifier"/>); a clause gives at most one
/// incident, its most specific. Each incident gets its date (<see cref="EventDates"/>), its places
/// (<see cref="IncidentLocator"/>), the sentence as summary, its actors and its evidence; repeated reports of one
/// happening are merged (<see cref="IncidentMerger"/>).
/// </summary>
internal static class IncidentExtractor
{
    /// <summary>Which kind wins when one clause gives several: the most specific act before its consequences
    /// ("shelling ... killed two" is shelling), a violation before the posture around it.</summary>
    private static readonly IncidentKind[] _priority =
    [
        IncidentTypes.SuicideBomb, IncidentTypes.RemoteExplosive, IncidentTypes.MissileAttack, IncidentTypes.Shelling,
        IncidentTypes.AirDroneStrike, IncidentTypes.DroneShotDown, IncidentTypes.AirspaceViolation, IncidentTypes.TerritoryCaptured,
        IncidentTypes.ArmedClash, IncidentTypes.Abduction, IncidentTypes.Attack, IncidentTypes.ViolentDemonstration,
        IncidentTypes.ProtestWithIntervention, IncidentTypes.MobViolence, IncidentTypes.PeacefulProtest,
        IncidentTypes.LootingPropertyDestruction, IncidentTypes.AirspaceClosure, IncidentTypes.NavalDeployment,
        IncidentTypes.TroopDeployment, IncidentTypes.MilitaryExercise, IncidentTypes.Arrests, IncidentTypes.Sanctions,
        IncidentTypes.Agreement, IncidentTypes.DiplomaticTalks, IncidentTypes.Other,
    ];

    public static IReadOnlyList<Incident> Extract(Article article, Dictionary<MentionDraft, int> indexOf, DateOnly? articleDate)
    {
        TokenFacts? facts = null;
        // Where the article is from and about, found once and only when an incident needs it.
        (MentionDraft? Dateline, ArticleFocus? Focus)? whereabouts = null;
        var drafts = new List<IncidentDraft>();
        var frames = new List<EventFrame>();
        var candidates = new List<(EventFrame Frame, EventVerdict Verdict, int Rank)>();
        var starts = new List<int>();
        var previousWasExercise = false;
        var exerciseReported = false;
        foreach (var sentence in Clauses.Sentences(article))
        {
            var exerciseBefore = previousWasExercise && SameParagraph(article, sentence.First);
            previousWasExercise = false;
            if (!EventWordStarts(article, sentence, starts)) continue;
            facts ??= new TokenFacts(article);
            var clauses = Clauses.Of(article, sentence.First, sentence.End);
            frames.Clear();
            foreach (var clause in clauses) FrameMatcher.Match(facts, sentence, clause, starts, frames);
            if (frames.Count == 0) continue;
            var senses = FrameMatcher.Senses(article, sentence.First, sentence.End);
            foreach (var frame in frames) frame.InSentence = senses;
            var context = new SentenceContext(facts, sentence, frames, exerciseBefore, exerciseReported);
            var sentenceTime = SentenceTime(article, clauses, frames, articleDate);
            // Frames come in clause order: each clause takes its run of them.
            var next = 0;
            for (var c = 0; c < clauses.Count; c++)
            {
                var clause = clauses[c];
                var run = next;
                while (next < frames.Count && frames[next].Clause == clause) next++;
                if (next == run) continue;
                var clauseTime = EventDates.Find(article, clause.First, clause.End, articleDate);
                candidates.Clear();
                for (var i = run; i < next; i++)
                {
                    var frame = frames[i];
                    frame.Time = clauseTime;
                    if (EventAssertion.WhyNot(facts, frame) is not null) continue;
                    var verdict = EventClassifier.Classify(frame, context);
                    if (verdict.Kind is not { } kind) continue;
                    // Drills announced or under way make ships "also" deployed in the next sentence part of them.
                    previousWasExercise |= kind == IncidentTypes.MilitaryExercise;
                    // "deployed to Chicago amid protests": the clause's own event comes before one it gives as the setting.
                    var setting = frame.Form == ActForm.Noun && Setting(article, frame.Cue.First);
                    candidates.Add((frame, verdict, Array.IndexOf(_priority, kind) + (setting ? _priority.Length : 0)));
                }
                // The most specific kind the clause gives; the next one if that one cannot stand as an incident.
                candidates.Sort((a, b) => a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank) : a.Frame.Cue.First.CompareTo(b.Frame.Cue.First));
                var time = clauseTime is { Relation: TimeRelation.Recent } ? clauseTime : sentenceTime is { Relation: TimeRelation.Recent } ? sentenceTime : null;
                foreach (var (frame, verdict, _) in candidates)
                {
                    if (Draft(facts, frame, verdict, clauses, c, time, articleDate, indexOf, () => whereabouts ??= (Dateline.Find(article), ArticleFocus.Leading(article))) is not { } draft) continue;
                    drafts.Add(draft);
                    exerciseReported |= verdict.Kind == IncidentTypes.MilitaryExercise;
                    break;
                }
            }
        }
        return drafts.Count == 0 ? [] : IncidentMerger.Merge(drafts, article);
    }

    /// <summary>An event noun in a phrase that sets the scene ("amid protests", "after heavy shelling").</summary>
    private static bool Setting(Article article, int cue)
    {
        for (var k = cue - 1; k >= 0 && k >= cue - 3; k--)
        {
            if (!article[k].IsWord) return false;
            if (EventLexicon.Presupposing.Contains(article[k].Folded)) return true;
        }
        return false;
    }

    private static IncidentDraft? Draft(
        TokenFacts facts, EventFrame frame, EventVerdict verdict, List<(int First, int End)> clauses, int clauseIndex, EventTime? time,
        DateOnly? articleDate, Dictionary<MentionDraft, int> indexOf, Func<(MentionDraft? Dateline, ArticleFocus? Focus)> setting)
    {
        var article = facts.Article;
        var kind = verdict.Kind!;
        var located = IncidentLocator.Locate(facts, frame, kind, clauses, clauseIndex, setting);
        var own = located.Source is IncidentLocationSource.Clause or IncidentLocationSource.Sentence;
        // "Campaigners are protesting against ...": a protest with neither a place nor a time is a cause, not an event.
        if (kind.Type == IncidentTypes.ProtestsRiots && !own && time is null) return null;
        var indices = new List<int>(located.Mentions.Count);
        foreach (var mention in located.Mentions)
        {
            if (indexOf.TryGetValue(mention, out var index) && !indices.Contains(index)) indices.Add(index);
        }
        var (sentenceFirst, sentenceEnd) = frame.Sentence;
        var summary = new TextSpan(article[sentenceFirst].Start, article[sentenceEnd - 1].End);
        var date = time is { Date: { } day } ? day : articleDate;
        var precision = time is { Date: not null } t ? t.Precision : DatePrecision.Day;
        var actors = IncidentActors.Of(article, frame.Clause.First, frame.Clause.End, MentionCursor(article, frame.Clause.First));
        var evidence = new IncidentEvidence
        {
            Cue = Text(article, frame.Cue.First, frame.Cue.End)!,
            CueSpan = new TextSpan(article[frame.Cue.First].Start, article[frame.Cue.End - 1].End),
            Agent = Text(article, frame.AgentSpan.First, frame.AgentSpan.End),
            Patient = Text(article, frame.PatientSpan.First, frame.PatientSpan.End),
            Location = located.Mentions.Count == 0 ? null : string.Join("; ", located.Mentions.Select(m => article.Text[m.Start..m.End])),
            Time = time is { } when ? Text(article, when.First, when.End) : null,
            Reason = verdict.Reason,
            LocatedBy = located.Source,
        };
        return new IncidentDraft
        {
            Incident = new Incident(kind.Type, kind.Subtype, date, precision, indices, indices.Count == 0 ? null : located.Precision, summary, actors)
            {
                Evidence = evidence,
            },
            Frame = frame,
            OwnPlaces = own ? located.Mentions.Select(m => m.Chosen!).ToList() : [],
            Dated = time is not null,
            Counted = Counts(article, sentenceFirst, sentenceEnd),
        };
    }

    /// <summary>A count of people or things the sentence's event touched: a number or number word right before a
    /// participant ("eleven people", "1,500 troops", "45 drones"), or before "of" and one ("dozens of protesters").</summary>
    private static bool Counts(Article article, int first, int end)
    {
        for (var k = first; k < end - 1; k++)
        {
            var token = article[k];
            if (token.Shape != TokenShape.Number && !EventLexicon.Counts.Contains(token.Folded)) continue;
            var next = article.Word(k + 1) == "of" ? k + 2 : k + 1;
            article.CountWork();
            if (next < end && EventLexicon.Participants.Match(article, next, end, out var what, out _) && what != Participant.None) return true;
        }
        return false;
    }

    /// <summary>The time of a sentence for clauses that give none: the first one in a clause that reports no event
    /// of its own ("On Friday, officials said ..."), so one event's time is not lent to another.</summary>
    private static EventTime? SentenceTime(Article article, List<(int First, int End)> clauses, List<EventFrame> frames, DateOnly? articleDate)
    {
        var next = 0;
        foreach (var clause in clauses)
        {
            var run = next;
            while (next < frames.Count && frames[next].Clause == clause) next++;
            if (next > run) continue;
            if (EventDates.Find(article, clause.First, clause.End, articleDate) is { } time) return time;
        }
        return null;
    }

    /// <summary>The first mention at or after the token, for <see cref="IncidentActors"/>.</summary>
    private static int MentionCursor(Article article, int token)
    {
        var lo = 0;
        var hi = article.Mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (article.Mentions[mid].FirstToken < token) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>A cheap first look: the tokens of the sentence where an event word starts; false when there is none.</summary>
    private static bool EventWordStarts(Article article, (int First, int End) sentence, List<int> starts)
    {
        starts.Clear();
        for (var k = sentence.First; k < sentence.End; k++)
        {
            if (article[k].IsWord && EventLexicon.Predicates.StartsAt(article, k, sentence.End)) starts.Add(k);
        }
        return starts.Count > 0;
    }

    private static string? Text(Article article, int first, int end) =>
        end <= first || first < 0 || end > article.Count ? null : article.Text[article[first].Start..article[end - 1].End];

    private static bool SameParagraph(Article article, int sentenceFirst)
    {
        if (sentenceFirst == 0) return false;
        var gap = article.Text.AsSpan(article[sentenceFirst - 1].End, article[sentenceFirst].Start - article[sentenceFirst - 1].End);
        return !gap.Contains('\n');
    }
}
