using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Geoparsing.Parsing;

/// <summary>An incident's places: the mention indices, the precision and where they come from.</summary>
internal readonly record struct IncidentPlaces(List<MentionDraft> Mentions, int? Precision, IncidentLocationSource Source);

/// <summary>
/// Puts an incident at the most specific place its clause gives for the event: a place after a locative preposition
/// ("in", "near", "over", "the port of"), or the object of an act that happens at a place ("struck Odesa", "shelling
/// of Kherson", "captured a village in ..."), never a speaker, a metonym or an origin ("from Belarus"); the finest
/// of them win. Failing that, a place another clause of the sentence gives, nearest clause first; a posture event's
/// own country ("Lithuania announced airspace closures"); then the article's dateline, then its focus country.
/// </summary>
internal static class IncidentLocator
{
    internal const int MaxPlaces = 32;

    /// <summary>How many clauses either side the sentence fallback looks at.</summary>
    private const int _clauseReach = 4;

    /// <summary>Posture events, and drones downed by a country's air defences ("Ukraine's air force said it shot down
    /// 45 drones"), that happen on the named country's own territory when the clause names no other place.</summary>
    private static readonly HashSet<IncidentKind> _countryLevel =
    [
        IncidentTypes.AirspaceClosure, IncidentTypes.MilitaryExercise, IncidentTypes.TroopDeployment, IncidentTypes.NavalDeployment,
        IncidentTypes.Sanctions, IncidentTypes.DroneShotDown,
    ];

    /// <summary>Statements, located at their venue only.</summary>
    private static readonly HashSet<IncidentKind> _venueOnly = [IncidentTypes.DiplomaticTalks, IncidentTypes.Agreement];

    /// <summary>Keeps the first mention and the ones listed with it ("in Paris and Lyon").</summary>
    private static void KeepFirstGroup(Article article, List<MentionDraft> chosen)
    {
        var keep = 1;
        while (keep < chosen.Count && ListContinues(article, chosen[keep - 1], chosen[keep])) keep++;
        chosen.RemoveRange(keep, chosen.Count - keep);
    }

    /// <summary>Acts whose object is where they happened.</summary>
    private static readonly HashSet<EventAct> _placeObjects =
    [
        EventAct.Capture, EventAct.Storm, EventAct.Strike, EventAct.Hit, EventAct.Shell, EventAct.Bomb, EventAct.Attack,
        EventAct.Violate, EventAct.Close, EventAct.Loot, EventAct.Fight, EventAct.Clash,
    ];

    public static IncidentPlaces Locate(
        TokenFacts facts, EventFrame frame, IncidentKind kind, List<(int First, int End)> clauses, int at, Func<(MentionDraft? Dateline, ArticleFocus? Focus)> setting)
    {
        var article = facts.Article;
        var chosen = new List<MentionDraft>();
        Collect(facts, frame, frame.Clause.First, frame.Clause.End, patient: true, chosen);
        TargetTowns(article, frame, chosen);
        var source = IncidentLocationSource.Clause;
        if (chosen.Count == 0 && _countryLevel.Contains(kind)) Subjects(facts, frame, chosen);
        if (chosen.Count == 0)
        {
            source = IncidentLocationSource.Sentence;
            // The nearest other clause first: the one before, then the one after, then further out.
            for (var step = 1; chosen.Count == 0 && step < clauses.Count && step <= _clauseReach; step++)
            {
                if (at - step >= 0) Collect(facts, frame, clauses[at - step].First, clauses[at - step].End, patient: false, chosen);
                if (chosen.Count == 0 && at + step < clauses.Count) Collect(facts, frame, clauses[at + step].First, clauses[at + step].End, patient: false, chosen);
            }
        }
        if (chosen.Count == 0)
        {
            var (dateline, focus) = setting();
            var fallback = dateline ?? focus?.Mention;
            if (fallback is null) return new(chosen, null, IncidentLocationSource.None);
            chosen.Add(fallback);
            return new(chosen, 4, dateline is not null ? IncidentLocationSource.Dateline : IncidentLocationSource.Focus);
        }
        // "a drone entered its airspace during an attack on Ukraine's ports": an airspace event is in the airspace named.
        if (kind.Type == IncidentTypes.AirspaceIncidents || kind == IncidentTypes.AirspaceClosure)
        {
            if (chosen.Exists(m => m.Chosen!.Kind == PlaceKind.Airspace)) chosen.RemoveAll(m => m.Chosen!.Kind != PlaceKind.Airspace);
        }
        // "held talks in Riyadh on ending the war in Ukraine": a statement happens at its venue, the first place named.
        if (_venueOnly.Contains(kind) && source == IncidentLocationSource.Clause) KeepFirstGroup(facts.Article, chosen);
        // An incident has a handful of places; a run-on list of hundreds is not a location worth comparing pairwise.
        if (chosen.Count > MaxPlaces) chosen.RemoveRange(MaxPlaces, chosen.Count - MaxPlaces);
        article.CountWork(chosen.Count * chosen.Count);
        // "in Belarus's Grodno region", "in Pandi, Bulacan": keep the finest places, drop those that contain them.
        chosen.RemoveAll(outer => chosen.Exists(inner => inner != outer && Contains(outer.Chosen!, inner.Chosen!)));
        int? precision = null;
        foreach (var mention in chosen)
        {
            var level = mention.Chosen!.Kind switch
            {
                PlaceKind.City => mention.Near ? 2 : 1,
                PlaceKind.Admin1 or PlaceKind.Admin2 => 2,
                _ => 3,
            };
            precision = precision is null ? level : Math.Min(precision.Value, level);
        }
        return new(chosen, precision, source);
    }

    /// <summary>The clause's places of the event: locative mentions, the act's object, and the lists they head.</summary>
    private static void Collect(TokenFacts facts, EventFrame frame, int first, int end, bool patient, List<MentionDraft> chosen)
    {
        var article = facts.Article;
        MentionDraft? previous = null;
        var takesPlace = patient && _placeObjects.Contains(frame.Act);
        for (var k = first; k < end; k++)
        {
            if (facts.MentionAt(k) is not { } mention || mention.FirstToken != k) continue;
            var listed = previous is not null && ListContinues(article, previous, mention);
            previous = null;
            k = mention.EndToken - 1;
            if (mention.Role == MentionRole.Metonym || mention.Speaker) continue;
            if (article.Word(mention.FirstToken - 1) == "from" || article.Word(mention.FirstToken - 1) == "the" && article.Word(mention.FirstToken - 2) == "from") continue;
            var inObject = takesPlace && mention.FirstToken >= frame.PatientSpan.First && mention.FirstToken < frame.PatientSpan.End + 4 && !frame.Passive;
            var inPassiveSubject = takesPlace && frame.Passive && mention.FirstToken >= frame.PatientSpan.First && mention.EndToken <= frame.Cue.First;
            var located = mention.Locative || Locative(article, mention.FirstToken) || patient && Destination(article, frame, mention);
            // A country named as a side ("Russia captured", "Israeli strikes") is an actor, not the place.
            if (mention.Chosen!.Kind == PlaceKind.Country && !located && !listed && !inObject) continue;
            if (!located && !listed && !inObject && !inPassiveSubject) continue;
            if (!chosen.Contains(mention)) chosen.Add(mention);
            previous = mention;
        }
    }

    /// <summary>
    /// "Shelling of Kherson", "struck Kherson": a strike hits a town, not a province. Where the bare name of the act's
    /// object was read as a province and the resolver's runner-up is the province's own town of that name, the object
    /// is the town, and so is every mention of that name the resolver read the same way (one sense per article).
    /// "the Kherson region" asks for the province and keeps it.
    /// </summary>
    private static void TargetTowns(Article article, EventFrame frame, List<MentionDraft> chosen)
    {
        if (!_pointTargets.Contains(frame.Act)) return;
        foreach (var mention in chosen)
        {
            if (mention.Chosen is not { Kind: PlaceKind.Admin1 } province || mention.RequestedKind is not null) continue;
            if (mention.FirstToken < frame.PatientSpan.First || mention.FirstToken >= frame.PatientSpan.End) continue;
            if (mention.RunnerUp is not { Kind: PlaceKind.City } town || town.Admin1Code != province.Code) continue;
            article.CountWork(article.Mentions.Count);
            foreach (var same in article.Mentions)
            {
                if (same.Key != mention.Key || same.Chosen != province || same.RunnerUp != town) continue;
                (same.Chosen, same.RunnerUp) = (town, province);
                (same.Score, same.RunnerUpScore) = (same.RunnerUpScore, same.Score);
            }
        }
    }

    /// <summary>Acts that hit a point: their target is a town or a site, not a whole province.</summary>
    private static readonly HashSet<EventAct> _pointTargets =
        [EventAct.Strike, EventAct.Hit, EventAct.Shell, EventAct.Bomb, EventAct.Attack, EventAct.Storm, EventAct.Capture];

    /// <summary>"deployed troops to Poland", "sanctions on Venezuela": where troops go and whom sanctions hit.</summary>
    private static bool Destination(Article article, EventFrame frame, MentionDraft mention)
    {
        var before = article.Word(mention.FirstToken - 1) == "the" ? article.Word(mention.FirstToken - 2) : article.Word(mention.FirstToken - 1);
        return frame.Act switch
        {
            EventAct.Deploy => before is "to" or "into",
            EventAct.Sanction => before is "on" or "against",
            _ => false,
        };
    }

    /// <summary>"Lithuania and Latvia announced airspace closures": the countries or regions before the event word.</summary>
    private static void Subjects(TokenFacts facts, EventFrame frame, List<MentionDraft> chosen)
    {
        for (var k = frame.Clause.First; k < frame.Cue.First; k++)
        {
            if (facts.MentionAt(k) is not { } mention || mention.FirstToken != k) continue;
            k = mention.EndToken - 1;
            if (mention.Chosen is { Kind: PlaceKind.Country or PlaceKind.Admin1 } && mention.Role == MentionRole.Location) chosen.Add(mention);
        }
    }

    /// <summary>A locative preposition before the mention, or "of" after a place noun ("the port of Odesa").</summary>
    private static bool Locative(Article article, int first)
    {
        for (var k = first - 1; k >= 0 && k >= first - 4; k--)
        {
            var word = article[k];
            if (!word.IsWord) return false;
            if (WordLists.LocativePrepositions.Contains(word.Folded)) return true;
            if (word.Folded == "of")
            {
                return k > 0 && EventLexicon.Participants.Match(article, k - 1, k, out var what, out _)
                       && (what & (Participant.Territory | Participant.Facility)) != 0
                       || WordLists.PartNouns.Contains(article.Word(k - 1));
            }
            if (word.Folded is not ("the" or "a" or "an") && !WordLists.DirectionAdjectives.Contains(word.Folded) && !(word.Capitalized && word.Possessive)) return false;
        }
        return false;
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
