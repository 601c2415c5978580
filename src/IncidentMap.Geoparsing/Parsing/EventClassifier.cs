namespace IncidentMap.Geoparsing.Parsing;

/// <summary>What a frame makes: the incident kind, or none, and why.</summary>
internal readonly record struct EventVerdict(IncidentKind? Kind, string Reason)
{
    public static EventVerdict No(string reason) => new(null, reason);
}

/// <summary>
/// Decides from a frame's act, participants and senses which incident it reports, if any: violence needs an armed or
/// state actor or a weapon, captures need territory, deployments need troops or warships, talks need states, arrests
/// need a political target, and protests need a crowd. A sense outside political violence near an ambiguous word
/// ("battle" of a match, a workers' "strike", "seized" drugs) vetoes it. This part holds battles and violence against
/// civilians; <c>EventClassifier.Remote</c> strikes, shelling and explosions; <c>EventClassifier.Strategic</c> protests
/// and strategic developments.
/// </summary>
internal static partial class EventClassifier
{
    private const Participant _weapons = Participant.Air | Participant.Drone | Participant.Missile | Participant.Artillery
                                         | Participant.Explosive | Participant.SuicideModifier | Participant.Aircraft | Participant.Missiles;

    private const Participant _targets = Participant.Place | Participant.Territory | Participant.Facility | Participant.Civilians
                                         | Participant.People | Participant.Military | Participant.Police;

    /// <summary>Senses every act ignores only with an armed actor near: sport, lotteries, games and shows anywhere in the sentence.</summary>
    private const Sense _sentenceVetoes = Sense.Sport | Sense.Lottery | Sense.Games | Sense.Entertainment;

    public static EventVerdict Classify(EventFrame f, SentenceContext s)
    {
        // "recalling shelled pistachios": an active violent verb with no one before it describes a noun.
        if (f.Form == ActForm.Past && !f.Passive && f.Agent == Participant.None && f.Act is EventAct.Shell or EventAct.Strike or EventAct.Hit or EventAct.Attack or EventAct.Bomb)
        {
            return EventVerdict.No("a participle with no one acting");
        }
        var vetoes = Vetoes(f, s);
        if ((f.Near & vetoes) != 0) return EventVerdict.No($"a sense outside conflict near the word ({f.Near & vetoes})");
        if ((f.InSentence & vetoes & _sentenceVetoes) != 0 && (f.Around & Participant.Armed) == 0)
        {
            return EventVerdict.No($"a sentence about {f.InSentence & vetoes & _sentenceVetoes}");
        }
        // "deployed the National Guard to help with flood relief": forces sent against a disaster are no security event.
        if (f.Act == EventAct.Deploy && (f.InSentence & (Sense.Weather | Sense.Health)) != 0) return EventVerdict.No("forces sent for a disaster or an epidemic");
        return f.Act switch
        {
            EventAct.Clash => Clash(f, s),
            EventAct.Fight => Fight(f, s),
            EventAct.Capture => Capture(f, s),
            EventAct.Storm => Storm(f),
            EventAct.Strike or EventAct.Hit => Strike(f, s),
            EventAct.Shell => Shell(f),
            EventAct.Bomb or EventAct.Explode or EventAct.Suicide => Explosion(f, s),
            EventAct.Attack => Attack(f, s),
            EventAct.Kill => Kill(f, s),
            EventAct.Abduct => Abduct(f),
            EventAct.ShootDown => ShootDown(f, s),
            EventAct.Violate => Violate(f),
            EventAct.Deploy => Deploy(f, s),
            EventAct.Exercise => Exercise(f, s),
            EventAct.Close => Close(f, s),
            EventAct.Talks => Talks(f, s),
            EventAct.Sanction => Sanction(f),
            EventAct.Arrest => Arrest(f, s),
            EventAct.Protest or EventAct.Riot or EventAct.Disperse => Protest(f, s),
            EventAct.Loot => Loot(f, s),
            EventAct.Agree or EventAct.Release => Agree(f, s),
            _ => EventVerdict.No("no rule"),
        };
    }

    private static bool Any(Participant flags, Participant wanted) => (flags & wanted) != 0;

    /// <summary>The senses that make each act something else: a match's battle, a workers' strike, a heart attack.</summary>
    private static Sense Vetoes(EventFrame f, SentenceContext s)
    {
        const Sense Everyday = Sense.Sport | Sense.Games | Sense.Lottery | Sense.Entertainment | Sense.Business;
        var weapon = Any(f.Modifiers | f.Agent, _weapons);
        return f.Act switch
        {
            EventAct.Clash => Everyday | Sense.Politics | Sense.Legal,
            EventAct.Fight => Everyday | Sense.Legal | Sense.Health | Sense.Politics | Sense.Weather | Sense.Accident,
            EventAct.Capture => Everyday | Sense.Health | Sense.Politics,
            EventAct.Storm => Everyday | Sense.Weather,
            EventAct.Strike or EventAct.Hit => weapon ? Sense.Games | Sense.Lottery : Everyday | Sense.Labour | Sense.Weather | Sense.Legal | Sense.Health | Sense.Accident,
            EventAct.Shell => Everyday,
            EventAct.Bomb or EventAct.Explode => Everyday | Sense.Accident | Sense.Weather,
            EventAct.Attack => weapon ? Sense.Games | Sense.Lottery : Everyday | Sense.Health | Sense.Politics | Sense.Legal | Sense.Weather | Sense.Accident,
            EventAct.Kill => Everyday | Sense.Accident | Sense.Weather | Sense.Health | Sense.Crime | Sense.Politics | Sense.Legal,
            EventAct.Abduct => Everyday | Sense.Legal,
            EventAct.ShootDown => Everyday | Sense.Politics | Sense.Legal,
            EventAct.Violate => Everyday | Sense.Legal | Sense.Health,
            EventAct.Deploy => Everyday | Sense.Health | Sense.Weather,
            EventAct.Exercise => Everyday | Sense.Health | Sense.Legal,
            EventAct.Close => Everyday | Sense.Weather | Sense.Health,
            EventAct.Talks => Everyday | Sense.Legal | Sense.Labour | Sense.Health,
            EventAct.Sanction => Sense.Sport | Sense.Games | Sense.Legal,
            // "police detained protesters at a rally against corruption": protesters held at a protest are no crime story.
            EventAct.Arrest => Any(f.Patient, Participant.Demonstrators) && s.Protest
                ? Sense.Sport | Sense.Games | Sense.Entertainment
                : Sense.Sport | Sense.Games | Sense.Crime | Sense.Entertainment,
            // "Stocks rallied": markets only veto a rally; protests are often about trade and prices.
            EventAct.Protest or EventAct.Riot or EventAct.Disperse => f.Act == EventAct.Protest && s.Article.Word(f.Cue.First).StartsWith("rall", StringComparison.Ordinal)
                ? Everyday
                : Everyday & ~Sense.Business,
            EventAct.Loot => Everyday | Sense.Weather | Sense.Accident | Sense.Health,
            _ => Everyday | Sense.Legal | Sense.Labour | Sense.Crime | Sense.Health,
        };
    }

    private static EventVerdict Clash(EventFrame f, SentenceContext s)
    {
        var sides = f.Around | f.InClause;
        if (s.Protest || Any(sides, Participant.Protesters)) return new(IncidentTypes.ViolentDemonstration, "clashes in a protest");
        if (Any(sides, Participant.Armed)) return new(IncidentTypes.ArmedClash, "clashes of armed forces");
        // "Clashes broke out in Tripoli": clashes at a place, with no one named, are armed.
        if (Any(f.InClause, Participant.Place) && !Any(sides, Participant.Officials | Participant.Political | Participant.Police))
        {
            return new(IncidentTypes.ArmedClash, "clashes at a place");
        }
        if (Any(sides, Participant.State) && Any(f.Opponents, Participant.State)) return new(IncidentTypes.ArmedClash, "clashes between states");
        return EventVerdict.No("clashes without armed sides or a place");
    }

    private static EventVerdict Fight(EventFrame f, SentenceContext s)
    {
        var article = s.Article;
        var (cue, end) = f.Cue;
        // "the Battle of Britain": a named battle is history.
        if (article[cue].Capitalized && !article[cue].SentenceStart) return EventVerdict.No("a named battle");
        // "troops who fought and were wounded": fighting without a foe, a place fought for or a time is a career, not an event.
        var foe = Any(f.Opponents | f.Patient, Participant.Armed | Participant.State);
        if (f.Form != ActForm.Noun && !foe && !(Any(f.InClause, Participant.Place) && f.Time is not null)) return EventVerdict.No("fighting without a foe, a place or a time");
        if (Any(f.Agent | f.Opponents | f.Patient | f.Modifiers, Participant.Armed)) return new(IncidentTypes.ArmedClash, "fighting by armed forces");
        if (Any(f.Agent, Participant.State) && Any(f.Opponents | f.Patient, Participant.State)) return new(IncidentTypes.ArmedClash, "fighting between states");
        // "the battle for Bakhmut raged", "heavy fighting was reported around Kyiv".
        if (f.Form == ActForm.Noun && Any(f.Patient, Participant.Place | Participant.Territory) && s.Has(EventLexicon.Eventive))
        {
            return new(IncidentTypes.ArmedClash, "fighting at a place");
        }
        return EventVerdict.No("fighting without armed sides or a place fought over");
    }

    private static EventVerdict Capture(EventFrame f, SentenceContext s)
    {
        if (Any(f.Patient, Participant.Goods | Participant.Vessels | Participant.Prisoners | Participant.Aircraft) && !Any(f.Patient, Participant.Place | Participant.Territory))
        {
            return EventVerdict.No("seized goods, not territory");
        }
        // "Russian troops liberated Kurakhove": a town the gazetteer does not know is still a town taken by troops.
        var unknownTown = Any(f.Agent, Participant.Armed | Participant.State) && f.Cue.End < s.Article.Count
                          && s.Article[f.Cue.End].Capitalized && s.Article[f.Cue.End].IsWord && f.Patient == Participant.None;
        if (!Any(f.Patient, Participant.Place | Participant.Territory) && !unknownTown) return EventVerdict.No("no territory taken");
        // "the capture of Bakhmut", "Russia's capture of": the noun needs what was taken; "evaded capture" has none.
        if (f.Form == ActForm.Noun && f.Act == EventAct.Capture && s.Article.Word(f.Cue.End) != "of" && s.Article.Word(f.Cue.End - 1) != "of")
        {
            return EventVerdict.No("a capture of nothing named");
        }
        if (Any(f.Agent, Participant.Police) && !Any(f.Agent, Participant.Armed | Participant.State)) return EventVerdict.No("a police seizure");
        if (Any(f.Agent, Participant.Protesters)) return new(IncidentTypes.PeacefulProtest, "protesters occupied a place");
        return new(IncidentTypes.TerritoryCaptured, "territory taken");
    }

    private static EventVerdict Storm(EventFrame f)
    {
        if (Any(f.Modifiers, Participant.Air | Participant.Drone)) return new(IncidentTypes.AirDroneStrike, "an air raid");
        if (Any(f.Agent, Participant.Protesters)) return new(IncidentTypes.ViolentDemonstration, "protesters stormed a place");
        if (Any(f.Agent | f.Modifiers, Participant.ArmedGroup) && Any(f.Patient | f.InClause, Participant.Territory | Participant.Facility | Participant.Place | Participant.Civilians))
        {
            return new(IncidentTypes.Attack, "an armed group raided a place");
        }
        if (Any(f.Agent | f.Modifiers, Participant.Military) && !Any(f.Agent, Participant.Police) && Any(f.Patient, Participant.Territory | Participant.Place | Participant.Facility))
        {
            return new(IncidentTypes.ArmedClash, "forces stormed a place");
        }
        return EventVerdict.No("a raid without an armed side");
    }

    private static EventVerdict Attack(EventFrame f, SentenceContext s)
    {
        var how = f.Modifiers | f.Agent;
        var word = s.Article.Word(f.Cue.First);
        // "fired a missile at a ship", "launched drones at Kyiv": the weapon is the object, and it needs a target.
        var fired = word is "fired" or "launched";
        if (fired) how |= f.Patient;
        if (Weapon(how) is { } kind)
        {
            if (fired && !AimedAt(s.Article, f.Cue.End, f.PatientSpan.End) && !Any(f.Opponents, _targets | Participant.Vessels))
            {
                return EventVerdict.No("weapons fired at no target");
            }
            return new(kind, "an attack by " + WeaponName(kind));
        }
        var agent = f.Agent | f.Modifiers;
        var target = f.Patient | f.Opponents;
        if (fired && !Any(f.Patient, Participant.Intervention)) return EventVerdict.No("nothing fired that is a weapon");
        if (Any(agent, Participant.Police | Participant.Military) && (Any(target, Participant.Protesters) || s.Protest && Any(target | s.Participants, Participant.Intervention | Participant.People)))
        {
            return new(IncidentTypes.ProtestWithIntervention, "forces fired on protesters");
        }
        if (Any(agent, Participant.Mob)) return new(IncidentTypes.MobViolence, "a mob attacked");
        if (Any(agent, Participant.Protesters)) return new(IncidentTypes.ViolentDemonstration, "protesters attacked");
        if (Any(agent, Participant.Armed) && Any(target, Participant.Armed | Participant.Police)) return new(IncidentTypes.ArmedClash, "an armed attack on forces");
        if (Any(agent, Participant.ArmedGroup) && Any(target, Participant.Defended) && !Any(target, Participant.Civilians | Participant.People))
        {
            return new(IncidentTypes.ArmedClash, "an armed group attacked a town or post");
        }
        if (Any(agent, Participant.ArmedGroup) && Any(target, Participant.Civilians | Participant.People | Participant.Facility | Participant.Territory | Participant.Place))
        {
            return new(IncidentTypes.Attack, "an armed group attacked civilians");
        }
        if (Any(agent, Participant.Military) && Any(target, Participant.Civilians | Participant.People)) return new(IncidentTypes.Attack, "forces attacked civilians");
        if (Any(agent, Participant.Military | Participant.State) && Any(target, Participant.Territory | Participant.Place) && f.Act == EventAct.Attack
            && s.Article.Word(f.Cue.First) is "attacked" or "assault" or "offensive")
        {
            return new(IncidentTypes.ArmedClash, "forces attacked a place");
        }
        if (Any(agent, Participant.People | Participant.Civilians) && Any(target, Participant.Goods | Participant.Facility | Participant.People))
        {
            // "A gunman opened fire at a school": one attacker is no mob, and with no armed group it is a crime story.
            return Singular(s.Article, f) ? EventVerdict.No("a lone attacker") : new(IncidentTypes.MobViolence, "residents attacked");
        }
        if (s.Article.Word(f.Cue.First) is "massacre" or "massacres") return new(IncidentTypes.Attack, "a massacre");
        return EventVerdict.No("an attack without an armed side and a target");
    }

    /// <summary>The subject is one person ("a gunman", "a man"): neither a count, a plural nor a crowd word.</summary>
    private static bool Singular(Article article, EventFrame f)
    {
        var (first, end) = f.AgentSpan;
        var head = "";
        for (var k = first; k < end; k++)
        {
            if (article[k].IsWord) head = article[k].Folded;
        }
        return head.Length > 0 && !head.EndsWith('s') && !Any(f.Agent, Participant.Count) && !EventLexicon.StreetWords.Contains(head);
    }

    private static EventVerdict Kill(EventFrame f, SentenceContext s)
    {
        var agent = f.Agent;
        var victims = f.Patient;
        if (!Any(victims, Participant.Civilians | Participant.People | Participant.Count | Participant.Armed | Participant.Police | Participant.Protesters | Participant.Political | Participant.Officials))
        {
            return EventVerdict.No("no people killed");
        }
        if (Any(agent, Participant.Armed | Participant.Police) && Any(victims, Participant.Armed) || Any(agent, Participant.Armed) && Any(victims, Participant.Police))
        {
            return new(IncidentTypes.ArmedClash, "armed sides killed fighters");
        }
        if (Any(agent, Participant.Armed) && Any(victims, Participant.Civilians | Participant.People | Participant.Count)) return new(IncidentTypes.Attack, "an armed side killed civilians");
        if (Any(agent, Participant.Mob) || s.Article.Word(f.Cue.First) is "lynched" or "lynching") return new(IncidentTypes.MobViolence, "a mob killed people");
        if (Any(agent, Participant.Police | Participant.Military) && (Any(victims, Participant.Protesters) || s.Protest)) return new(IncidentTypes.ProtestWithIntervention, "forces killed protesters");
        // "six aid workers were killed": violence against protected civilians is political by itself.
        if (f.Passive && agent == Participant.None && Any(victims, Participant.Protected)) return new(IncidentTypes.Attack, "civilians killed");
        return EventVerdict.No("a killing without an armed side or civilian victims");
    }

    private static EventVerdict Abduct(EventFrame f)
    {
        if (Any(f.Patient, Participant.Goods | Participant.Prisoners)) return EventVerdict.No("no people taken");
        if (Any(f.Agent | f.Modifiers, Participant.Armed)) return new(IncidentTypes.Abduction, "an armed side abducted people");
        if (f.Passive && Any(f.Patient, Participant.Civilians | Participant.Count)) return new(IncidentTypes.Abduction, "civilians abducted");
        return EventVerdict.No("an abduction without an armed side");
    }

    private static EventVerdict ShootDown(EventFrame f, SentenceContext s)
    {
        // "19 drones had flown through its airspace, three of which were downed": what was downed may be named before.
        var what = f.Patient | f.InClause | (f.Passive ? s.Participants : Participant.None);
        if (Any(what, Participant.Aircraft | Participant.Drone)) return new(IncidentTypes.DroneShotDown, "aircraft or drones shot down");
        if (Any(what, Participant.Missiles | Participant.Missile)) return new(IncidentTypes.MissileAttack, "missiles intercepted");
        return EventVerdict.No("nothing that flies was shot down");
    }

    /// <summary>"fired a missile at a ship": "at", "on" or "against" after the weapon.</summary>
    private static bool AimedAt(Article article, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (article[k].Folded is "at" or "on" or "against" or "toward" or "towards" or "into") return k + 1 < to && article.Word(k + 1) != "the" || k + 2 < to;
        }
        return false;
    }

    private static IncidentKind? Weapon(Participant how) =>
        Any(how, Participant.SuicideModifier) ? IncidentTypes.SuicideBomb
        : Any(how, Participant.Missile | Participant.Missiles) ? IncidentTypes.MissileAttack
        : Any(how, Participant.Drone | Participant.Air | Participant.Aircraft) ? IncidentTypes.AirDroneStrike
        : Any(how, Participant.Artillery) ? IncidentTypes.Shelling
        : Any(how, Participant.Explosive) ? IncidentTypes.RemoteExplosive
        : null;

    private static string WeaponName(IncidentKind kind) =>
        kind == IncidentTypes.MissileAttack ? "missiles"
        : kind == IncidentTypes.AirDroneStrike ? "aircraft or drones"
        : kind == IncidentTypes.Shelling ? "artillery"
        : kind == IncidentTypes.SuicideBomb ? "a suicide bomber"
        : "an explosive device";
}
