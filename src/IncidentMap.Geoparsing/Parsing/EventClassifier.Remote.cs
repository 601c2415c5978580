namespace IncidentMap.Geoparsing.Parsing;

/// <summary>Remote violence: strikes, shelling and explosions.</summary>
internal static partial class EventClassifier
{
    private static EventVerdict Strike(EventFrame f, SentenceContext s)
    {
        // "their vehicle struck a mine", "a patrol hit a roadside bomb": what was struck is the explosive.
        if (f.Form == ActForm.Past && !f.Passive && EventLexicon.StruckExplosives.Contains(PatientHead(s.Article, f.PatientSpan)))
        {
            return new(IncidentTypes.RemoteExplosive, "something ran into an explosive");
        }
        var how = f.Modifiers | f.Agent;
        if (Weapon(how) is { } kind) return new(kind, "a strike by " + WeaponName(kind));
        if (f.Act == EventAct.Strike && f.Form == ActForm.Noun && s.Article.Word(f.Cue.First) is "airstrike" or "airstrikes")
        {
            return new(IncidentTypes.AirDroneStrike, "an air strike");
        }
        // "Israeli strikes hit Rafah", "overnight strikes hit Kyiv", "the strike on Odesa": strikes on a place, in conflict
        // news, come from the air.
        if (f.Act == EventAct.Strike && f.Form == ActForm.Noun
            && (s.Acts.Contains(EventAct.Hit) || s.Acts.Contains(EventAct.Kill) || Any(f.Modifiers, Participant.State | Participant.MilitaryModifier) || s.Article.Word(f.Cue.End) is "on" or "against")
            && Any(f.Patient | f.InClause, Participant.Place | Participant.Facility | Participant.Civilians | Participant.People))
        {
            return new(IncidentTypes.AirDroneStrike, "strikes that hit a place");
        }
        if (f.Act == EventAct.Strike && f.Form == ActForm.Past && Any(f.Agent, Participant.Armed | Participant.State) && Any(f.Patient, _targets))
        {
            return new(IncidentTypes.AirDroneStrike, "forces struck a target");
        }
        return EventVerdict.No("a strike without a weapon, an armed side or a target");
    }

    /// <summary>The last word of the object's noun phrase, before a preposition or a comma ("a mine" in "a mine in
    /// Kidal").</summary>
    private static string PatientHead(Article article, (int First, int End) patient)
    {
        var head = "";
        for (var k = patient.First; k < patient.End; k++)
        {
            var word = article[k];
            if (!word.IsWord || word.Folded == "of" || WordLists.LocativePrepositions.Contains(word.Folded)) break;
            head = word.Folded;
        }
        return head;
    }

    private static EventVerdict Shell(EventFrame f)
    {
        if (Any(f.Modifiers | f.Agent, Participant.Air | Participant.Aircraft)) return new(IncidentTypes.AirDroneStrike, "an aerial bombardment");
        if (Any(f.Patient | f.Agent | f.Modifiers | f.InClause, _targets | Participant.Armed | Participant.State | Participant.Artillery))
        {
            return new(IncidentTypes.Shelling, "shelling of a target");
        }
        return EventVerdict.No("shelling of nothing named");
    }

    private static EventVerdict Explosion(EventFrame f, SentenceContext s)
    {
        var how = f.Modifiers | f.Agent | f.InClause;
        if (f.Act == EventAct.Suicide || Any(f.Modifiers, Participant.SuicideModifier)) return new(IncidentTypes.SuicideBomb, "a suicide bombing");
        var word = s.Article.Word(f.Cue.First);
        // "bombed" by aircraft or by a state's forces, or a glide, barrel or aerial bomb, is an air strike; a bomb that
        // went off is a remote explosive.
        if (f.Act == EventAct.Bomb && word is "bombed" or "bombing" or "bombings"
            && (Any(how, Participant.Air | Participant.Aircraft) || word == "bombed" && Any(f.Agent, Participant.Military | Participant.State) && Any(f.Patient, _targets))
            || f.Act == EventAct.Bomb && word is "bomb" or "bombs" && Any(f.Modifiers, Participant.Air | Participant.Aircraft))
        {
            return new(IncidentTypes.AirDroneStrike, "bombing from the air");
        }
        if (f.Act == EventAct.Bomb && word is "ied" or "ieds" or "landmine" or "landmines" || Any(f.Modifiers, Participant.Explosive))
        {
            return new(IncidentTypes.RemoteExplosive, "an explosive device");
        }
        var bomb = word is "bomb" or "bombs" or "bombing" or "bombings" || s.Has("bomb") || s.Has("bombs") || s.Has("explosive");
        if (bomb && (s.Acts.Contains(EventAct.Explode) || s.Acts.Contains(EventAct.Kill) || s.Acts.Contains(EventAct.Hit) || f.Act == EventAct.Explode || word is "bombing" or "bombings"))
        {
            return new(IncidentTypes.RemoteExplosive, "a bomb went off");
        }
        if (f.Act == EventAct.Explode && Any(f.Agent, Participant.Explosive)) return new(IncidentTypes.RemoteExplosive, "a mine or device exploded");
        if (f.Act == EventAct.Explode && Any(f.Agent, Participant.Armed) && Any(f.Patient, Participant.Facility | Participant.Territory))
        {
            return new(IncidentTypes.RemoteExplosive, "an armed side blew up a target");
        }
        return EventVerdict.No("an explosion with no bomb or device named");
    }
}
