namespace IncidentMap.Geoparsing.Parsing;

/// <summary>Protests, airspace incidents and strategic developments.</summary>
internal static partial class EventClassifier
{
    private const Participant _crowd = Participant.Protesters | Participant.People | Participant.Count | Participant.Workers | Participant.Civilians;

    private static EventVerdict Violate(EventFrame f)
    {
        var where = f.Patient | f.InClause;
        if (!Any(where, Participant.Airspace)) return EventVerdict.No("no airspace entered");
        if (!Any(f.Agent | f.Modifiers | f.InClause, Participant.Aircraft | Participant.Drone | Participant.Military | Participant.State | Participant.Missiles))
        {
            return EventVerdict.No("nothing flew into the airspace");
        }
        return new(IncidentTypes.AirspaceViolation, "aircraft or drones entered an airspace");
    }

    private static EventVerdict Deploy(EventFrame f, SentenceContext s)
    {
        var forces = f.Patient | f.Modifiers | (f.Form == ActForm.Noun ? f.Agent : Participant.None);
        if (f.Passive) forces |= f.Patient;
        var troops = Any(forces, Participant.Military) && !s.Article.Word(f.PatientSpan.First).Equals("soldier", StringComparison.Ordinal);
        var ships = Any(forces, Participant.Ships);
        if (!troops && !ships) return EventVerdict.No("no troops or warships sent");
        // "The army was dispatched to follow up a tip": a deployment has a destination or a size.
        if (!Any(f.Patient | f.Modifiers, Participant.Count) && !Any(f.Patient | f.Modifiers | f.InClause, Participant.Place | Participant.Airspace | Participant.Territory))
        {
            return EventVerdict.No("troops sent nowhere named, in no number");
        }
        // Ships "also" deployed right after a sentence about drills are part of them.
        if (ships && !troops && s.PreviousWasExercise && s.Has("also")) return new(IncidentTypes.MilitaryExercise, "warships joining the drills");
        return ships && !Any(forces & ~Participant.Ships, Participant.Military) || ships && !troops
            ? new(IncidentTypes.NavalDeployment, "warships sent")
            : new(IncidentTypes.TroopDeployment, "troops sent");
    }

    private static EventVerdict Exercise(EventFrame f, SentenceContext s)
    {
        var article = s.Article;
        if (f.Form == ActForm.Noun)
        {
            // "military drills", "the Zapad exercises", "drills by Russian troops".
            var named = f.Cue.First > 0 && article[f.Cue.First - 1].Capitalized && !article[f.Cue.First - 1].SentenceStart;
            // "Part of the exercises takes place in ...": the drills the article already reported.
            var known = s.ExerciseReported && article.Word(f.Cue.First - 1) is "the" or "these";
            var military = Any(f.Modifiers, Participant.MilitaryModifier | Participant.Military | Participant.Ships | Participant.Aircraft)
                           || Any(f.InClause | f.Agent, Participant.Military | Participant.Ships) || named && Any(f.Modifiers | f.InClause, Participant.State) || known;
            return military ? new(IncidentTypes.MilitaryExercise, "military drills") : EventVerdict.No("drills that are not military");
        }
        // "troops would practice missile strikes": forces rehearsing an act of war.
        var rehearsed = Any(f.Patient, Participant.Missile | Participant.Missiles | Participant.Air | Participant.Drone | Participant.Artillery | Participant.Military | Participant.Aircraft | Participant.Ships)
                        || s.ActsAfter(f.Cue.End);
        return Any(f.Agent, Participant.Military | Participant.State | Participant.Ships) && rehearsed
            ? new(IncidentTypes.MilitaryExercise, "forces rehearsed operations")
            : EventVerdict.No("practice that is not military");
    }

    private static EventVerdict Close(EventFrame f, SentenceContext s)
    {
        if (s.Article.Word(f.Cue.First) == "no") return new(IncidentTypes.AirspaceClosure, "a no-fly zone");
        return Any(f.Patient | f.Modifiers | f.InClause, Participant.Airspace)
            ? new(IncidentTypes.AirspaceClosure, "airspace closed")
            : EventVerdict.No("something other than airspace closed");
    }

    private static EventVerdict Talks(EventFrame f, SentenceContext s)
    {
        if (s.Stalled) return EventVerdict.No("talks stalled or paused");
        var parties = f.Agent | f.Opponents | f.Modifiers | f.Patient;
        // A state named as a side, officials on both sides, peace on the table, or a summit (a meeting of leaders by its
        // name); "officials held talks with residents" is none of these.
        var states = Any(parties, Participant.State)
                     || Any(f.Agent | f.Modifiers, Participant.Officials) && Any(f.Opponents | f.Patient, Participant.Officials)
                     || s.Has("peace") || s.Has("ceasefire") || s.Article.Word(f.Cue.First) == "summit";
        if (!states) return EventVerdict.No("talks without states or officials");
        if (f.Form == ActForm.Past && !Any(f.Opponents | f.Patient, Participant.State | Participant.Officials)) return EventVerdict.No("a meeting with no state on the other side");
        return new(IncidentTypes.DiplomaticTalks, "talks between states");
    }

    private static EventVerdict Sanction(EventFrame f)
    {
        var imposer = f.Form == ActForm.Noun ? f.Agent | f.Modifiers : f.Agent;
        return Any(imposer | f.InClause, Participant.State | Participant.Officials)
            ? new(IncidentTypes.Sanctions, "sanctions imposed by a state")
            : EventVerdict.No("sanctions by no state");
    }

    private static EventVerdict Arrest(EventFrame f, SentenceContext s)
    {
        var held = f.Patient | (f.Form == ActForm.Noun ? f.Modifiers : Participant.None);
        if (s.Protest && Any(held | f.InClause, Participant.Protesters)) return new(IncidentTypes.ProtestWithIntervention, "protesters arrested");
        if (Any(held, Participant.Political)) return new(IncidentTypes.Arrests, "a political figure arrested");
        return EventVerdict.No("an arrest of no political figure");
    }

    private static EventVerdict Protest(EventFrame f, SentenceContext s)
    {
        var article = s.Article;
        var (cue, end) = f.Cue;
        // "resigned in protest", "the study demonstrated that": not a demonstration.
        if (article.Word(cue - 1) == "in" && f.Act == EventAct.Protest && f.Form == ActForm.Noun) return EventVerdict.No("done in protest");
        if (article.Word(end) == "that" && f.Form != ActForm.Noun) return EventVerdict.No("demonstrated a claim");
        // "residents protested the plan at the meeting": objecting to something, unless a crowd or a street says it was a
        // demonstration ("hundreds protested the ruling outside the court").
        if (f.Act == EventAct.Protest && f.Form == ActForm.Past && article.Word(end) is "the" or "a" or "an" or "his" or "her" or "their" or "its"
            && !Any(f.Agent, Participant.Protesters | Participant.Count) && !s.Has(EventLexicon.StreetWords))
        {
            return EventVerdict.No("objected to something");
        }
        if (f.Act == EventAct.Protest && article.Word(cue) is "walkout" or "walkouts" or "picketed" or "picketing" && (f.Near & Sense.Labour) != 0)
        {
            return EventVerdict.No("a labour dispute");
        }
        var crowd = Any(f.Agent | f.Modifiers | f.Patient | f.Opponents | f.InClause, _crowd) || f.Form == ActForm.Noun && f.Act != EventAct.Disperse
                    || f.Act == EventAct.Disperse && s.Protest;
        if (f.Act == EventAct.Disperse && !s.Protest) return EventVerdict.No("nothing dispersed was a protest");
        if (!crowd) return EventVerdict.No("no crowd");
        // "Demonstrators gathered outside the embassy": gathering is a protest only for demonstrators.
        if (article.Word(cue) is "gathered" or "assembled" && !Any(f.Agent, Participant.Demonstrators)) return EventVerdict.No("people gathered");
        // "The governor rallied supporters": a protest verb needs a crowd as its subject.
        if (f.Act == EventAct.Protest && f.Form != ActForm.Noun && !Any(f.Agent, _crowd)) return EventVerdict.No("no crowd demonstrated");
        // The clause says how the protest went ("the demonstrations, sparking arrests" are not the arrests' protest).
        var clause = f.Clause;
        if (f.Act == EventAct.Riot || s.ActIn(clause, EventAct.Riot) || s.ActIn(clause, EventAct.Clash) || s.ActIn(clause, EventAct.Loot)
            || Any(f.InClause, Participant.Violence) || Any(f.InClause, Participant.Police) && (s.Has("injured") || s.Has("wounded")))
        {
            return new(IncidentTypes.ViolentDemonstration, "demonstrators used violence");
        }
        if (f.Act == EventAct.Disperse && !ByTheCrowd(f) || s.FrameIn(clause, g => g.Act == EventAct.Disperse && !ByTheCrowd(g))
            || s.ActIn(clause, EventAct.Arrest) || Any(f.InClause, Participant.Intervention))
        {
            return new(IncidentTypes.ProtestWithIntervention, "the authorities broke up or blocked a protest");
        }
        return ByTheCrowd(f) ? new(IncidentTypes.PeacefulProtest, "a crowd blocked the way in protest") : new(IncidentTypes.PeacefulProtest, "a demonstration");
    }

    /// <summary>"Farmers blocked roads to protest": a crowd blocking or breaking up something is the protest's own act;
    /// only the police, the army or an unnamed hand ("the rally was broken up") intervene.</summary>
    private static bool ByTheCrowd(EventFrame f) =>
        f.Act == EventAct.Disperse && !f.Passive && Any(f.Agent, _crowd) && !Any(f.Agent, Participant.Police | Participant.Armed);

    private static EventVerdict Loot(EventFrame f, SentenceContext s)
    {
        var agent = f.Agent | f.Modifiers;
        if (!Any(f.Patient | f.InClause, Participant.Facility | Participant.Territory | Participant.Goods | Participant.Place))
        {
            return EventVerdict.No("no property named");
        }
        if (Any(agent, Participant.Mob)) return new(IncidentTypes.MobViolence, "a mob destroyed property");
        if (s.Protest) return new(IncidentTypes.ViolentDemonstration, "demonstrators destroyed property");
        if (Any(agent, Participant.Armed | Participant.Protesters)
            || Any(agent, Participant.People | Participant.Count) && s.Article.Word(f.Cue.First) is "looted" or "looting" or "ransacked" or "plundered")
        {
            if (Any(f.Patient, Participant.Aircraft | Participant.Drone) && Any(agent, Participant.Armed)) return new(IncidentTypes.DroneShotDown, "forces destroyed drones or aircraft");
            if (Any(f.Patient, Participant.Military) && Any(agent, Participant.Armed)) return new(IncidentTypes.ArmedClash, "forces destroyed military equipment");
            return new(IncidentTypes.LootingPropertyDestruction, "property looted or destroyed");
        }
        return EventVerdict.No("destruction by no armed side or crowd");
    }

    private static EventVerdict Agree(EventFrame f, SentenceContext s)
    {
        if (f.Act == EventAct.Release)
        {
            return Any(f.Patient, Participant.Prisoners) ? new(IncidentTypes.Agreement, "prisoners released") : EventVerdict.No("nothing released was a prisoner");
        }
        if (s.Stalled) return EventVerdict.No("the agreement broke down");
        return s.AgreementVerb ? new(IncidentTypes.Agreement, "an agreement reached or signed") : EventVerdict.No("no agreement reached");
    }
}
