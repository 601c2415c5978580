using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Geoparsing.Parsing;

/// <summary>
/// Turns the clauses that report events into incidents: type and subtype from the clause's cues, the date from its
/// time words (else the article date), the places where it happened (never speakers or metonyms), the precision
/// of that location, the sentence as summary, and the actors named.
/// </summary>
internal static class IncidentExtractor
{
    /// <summary>Events that happen on the named country's own territory when the clause names no other place.</summary>
    internal static readonly HashSet<string> CountryLevelSubtypes =
        ["airspace_closure", "military_exercise", "troop_deployment", "naval_deployment"];

    internal const int MaxPlaces = 32;

    public static IReadOnlyList<Incident> Extract(Article article, Dictionary<MentionDraft, int> indexOf, DateOnly? articleDate)
    {
        var incidents = new List<Incident>();
        var quotes = new Quotations(article);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var mentionCursor = 0;
        var previousWasExercise = false;
        foreach (var (sentenceFirst, sentenceEnd) in Clauses.Sentences(article))
        {
            var exerciseBefore = previousWasExercise && SameParagraph(article, sentenceFirst);
            previousWasExercise = false;
            var summary = new TextSpan(article[sentenceFirst].Start, article[sentenceEnd - 1].End);
            var sentenceDate = articleDate is { } day ? EventDates.Find(article, sentenceFirst, sentenceEnd, day) : null;
            foreach (var (first, end) in Clauses.Of(article, sentenceFirst, sentenceEnd))
            {
                var cues = EventCues.Of(article, first, end, out var firstCue);
                var kinds = EventClassifier.Classify(cues, exerciseBefore && HasWord(article, first, end, "also"));
                while (mentionCursor < article.Mentions.Count && article.Mentions[mentionCursor].FirstToken < first) mentionCursor++;
                if (kinds.Count == 0) continue;
                var clauseDate = articleDate is { } d ? EventDates.Find(article, first, end, d) ?? sentenceDate : null;
                var date = clauseDate?.Date ?? articleDate;
                var precision = clauseDate?.Precision ?? DatePrecision.Day;
                var actors = IncidentActors.Of(article, first, end, mentionCursor);
                foreach (var (type, subtype) in kinds)
                {
                    previousWasExercise |= subtype == "military_exercise";
                    // "did not see any immediate military threat"; "the negotiation process" inside a quotation:
                    // comment on a statement, not a statement reported.
                    if (StatementSubtypes.Contains(subtype) && (Negated(article, first, firstCue) || quotes.Inside(firstCue))) continue;
                    var places = Locate(article, indexOf, first, end, firstCue, mentionCursor, subtype);
                    // An unlocated, undated clause about an event of a kind already reported is a re-mention of it
                    // ("the drones flew over his country"), not a new incident.
                    if (places.Indices.Count == 0 && clauseDate is null && reported.Contains(subtype)) continue;
                    incidents.Add(new Incident(type, subtype, date, precision, places.Indices, places.Precision, summary, actors));
                    reported.Add(subtype);
                }
            }
        }
        // One sentence reporting talks in general and then "a summit in Alaska": the located one is the incident.
        var located = incidents.Where(i => i.Places.Count > 0).Select(i => (i.Subtype, i.Summary)).ToHashSet();
        incidents.RemoveAll(i => i.Places.Count == 0 && located.Contains((i.Subtype, i.Summary)));
        return incidents;
    }

    /// <summary>Statements rather than events on the ground: what quotations and negations most often mislead on.</summary>
    internal static readonly HashSet<string> StatementSubtypes = ["diplomatic_talks", "sanctions", "threats", "accusations"];

    /// <summary>A negation shortly before the clause's cue word.</summary>
    private static bool Negated(Article article, int clauseFirst, int cue)
    {
        for (var k = Math.Max(clauseFirst, cue - 5); k < cue; k++)
        {
            if (article[k].Folded is "not" or "no" or "never" or "without" or "nt" or "n't") return true;
        }
        return false;
    }

    private static (List<int> Indices, int? Precision) Locate(
        Article article, Dictionary<MentionDraft, int> indexOf, int first, int end, int firstCue, int cursor, string subtype)
    {
        var chosen = new List<MentionDraft>();
        MentionDraft? previous = null;
        for (var m = cursor; m < article.Mentions.Count && article.Mentions[m].FirstToken < end; m++)
        {
            var mention = article.Mentions[m];
            // "in Paris, Lyon and Marseille": the preposition governs the whole list.
            var listed = previous is not null && ListContinues(article, previous, mention);
            previous = null;
            if (mention.Chosen is null || mention.Role == MentionRole.Metonym || mention.Speaker || !mention.Locative && !listed) continue;
            chosen.Add(mention);
            previous = mention;
        }
        if (chosen.Count == 0 && CountryLevelSubtypes.Contains(subtype))
        {
            // The subject's own territory ("Lithuania and Latvia announced airspace closures"), not an object
            // after the event word ("exercises are keeping Poland on alert").
            for (var m = cursor; m < article.Mentions.Count && article.Mentions[m].FirstToken < firstCue; m++)
            {
                var mention = article.Mentions[m];
                if (mention.Chosen is { Kind: PlaceKind.Country or PlaceKind.Admin1 } && mention.Role == MentionRole.Location) chosen.Add(mention);
            }
        }
        // An incident has a handful of places; a run-on list of hundreds is not a location worth comparing pairwise.
        if (chosen.Count > MaxPlaces) chosen.RemoveRange(MaxPlaces, chosen.Count - MaxPlaces);
        article.CountWork(chosen.Count * chosen.Count + (end - first));
        // "in Belarus's Grodno region", "in Pandi, Bulacan": keep the finest places, drop those that contain them.
        chosen.RemoveAll(outer => chosen.Exists(inner => inner != outer && Contains(outer.Chosen!, inner.Chosen!)));
        var indices = new List<int>(chosen.Count);
        int? precision = null;
        foreach (var mention in chosen)
        {
            if (!indexOf.TryGetValue(mention, out var index) || indices.Contains(index)) continue;
            indices.Add(index);
            var level = mention.Chosen!.Kind switch
            {
                PlaceKind.City => mention.Near ? 2 : 1,
                PlaceKind.Admin1 or PlaceKind.Admin2 => 2,
                _ => 3,
            };
            precision = precision is null ? level : Math.Min(precision.Value, level);
        }
        return (indices, precision);
    }

    /// <summary>Only ",", "and" or "or" lie between the two mentions.</summary>
    private static bool ListContinues(Article article, MentionDraft previous, MentionDraft next)
    {
        var gap = next.FirstToken - previous.EndToken;
        if (gap is < 1 or > 2) return false;
        for (var k = previous.EndToken; k < next.FirstToken; k++)
        {
            if (article[k].Folded is not ("," or "and" or "or")) return false;
        }
        return true;
    }

    private static bool SameParagraph(Article article, int sentenceFirst)
    {
        if (sentenceFirst == 0) return false;
        var gap = article.Text.AsSpan(article[sentenceFirst - 1].End, article[sentenceFirst].Start - article[sentenceFirst - 1].End);
        return !gap.Contains('\n');
    }

    private static bool HasWord(Article article, int first, int end, string word)
    {
        for (var k = first; k < end; k++)
        {
            if (article[k].Folded == word) return true;
        }
        return false;
    }

    private static bool Contains(Place outer, Place inner)
    {
        if (outer.Id == inner.Id) return false;
        return outer.Kind switch
        {
            PlaceKind.Country => inner.CountryCode == outer.Code || inner.Kind == PlaceKind.Border && inner.Neighbours.Contains(outer.Code!),
            PlaceKind.Admin1 => inner.Kind is PlaceKind.City or PlaceKind.Admin2 && inner.Admin1Code == outer.Code,
            _ => false,
        };
    }
}
