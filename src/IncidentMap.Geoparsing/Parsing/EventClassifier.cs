namespace IncidentMap.Geoparsing.Parsing;

/// <summary>
/// Maps a clause's cues to incident types and subtypes. Events on the ground or in the air come first; statements
/// (talks, sanctions, threats, accusations) count only when the clause reports no event. Strikes rehearsed in an
/// exercise are the exercise.
/// </summary>
internal static class EventClassifier
{
    /// <param name="cues">The clause's cues.</param>
    /// <param name="continuesPreviousExercise">The clause says "also" right after a sentence about an exercise:
    /// ships deployed there are part of it.</param>
    public static List<(string Type, string Subtype)> Classify(EventCue cues, bool continuesPreviousExercise = false)
    {
        var found = new List<(string, string)>(2);
        bool Has(EventCue cue) => (cues & cue) != 0;
        // Forces stationed "for the duration of the drills" are a deployment; drills alone are the exercise.
        if (Has(EventCue.Deploy) && (Has(EventCue.Troops) || Has(EventCue.Ships) || !Has(EventCue.Drills)))
        {
            var continuesExercise = continuesPreviousExercise && !Has(EventCue.Troops);
            found.Add((IncidentTypes.StrategicDevelopments,
                continuesExercise ? "military_exercise" : Has(EventCue.Ships) ? "naval_deployment" : "troop_deployment"));
        }
        else if (Has(EventCue.Drills) || Has(EventCue.Practice))
        {
            found.Add((IncidentTypes.StrategicDevelopments, "military_exercise"));
        }
        if (Has(EventCue.Airspace) && Has(EventCue.Closure))
        {
            found.Add((IncidentTypes.StrategicDevelopments, "airspace_closure"));
        }
        else if (Has(EventCue.Violation) && (Has(EventCue.Airspace) || Has(EventCue.Drones) || Has(EventCue.Aircraft)))
        {
            found.Add((IncidentTypes.AirspaceIncidents, "airspace_violation"));
        }
        if (!Has(EventCue.Denial) && (Has(EventCue.Downed) || Has(EventCue.Shot) && Has(EventCue.Down)) && (Has(EventCue.Drones) || Has(EventCue.Aircraft) || Has(EventCue.Airspace))
            || Has(EventCue.Downed) && found.Exists(f => f.Item2 == "airspace_violation"))
        {
            found.Add((IncidentTypes.AirspaceIncidents, "drone_shot_down"));
        }
        // "captured a village", "retook parts of Omdurman"; a seized tanker or ship is no territory.
        if ((Has(EventCue.Captured) || Has(EventCue.Took) && Has(EventCue.Control)) && !Has(EventCue.Vessel))
        {
            found.Add((IncidentTypes.Battles, "territory_captured"));
        }
        // "Heavy fighting was reported", but not "talks ... towards ending the fighting".
        else if (Has(EventCue.Clash) || Has(EventCue.Fighting) && !Has(EventCue.Peace) && !Has(EventCue.Talks))
        {
            found.Add((IncidentTypes.Battles, "armed_clash"));
        }
        var exercise = Has(EventCue.Drills) || Has(EventCue.Practice);
        // "Russia has denied targeting Poland", "refusing to halt its attacks": a denial or refusal reports no strike.
        if (!exercise && !Has(EventCue.Denial))
        {
            if (Has(EventCue.Shelling)) found.Add((IncidentTypes.RemoteViolence, "shelling"));
            else if (Has(EventCue.Missile) && Has(EventCue.Attack)) found.Add((IncidentTypes.RemoteViolence, "missile_attack"));
            // "Israeli strikes hit Rafah": strikes that hit a place, in conflict news, come from the air.
            else if (Has(EventCue.AirStrike) || Has(EventCue.Attack) && (Has(EventCue.Drones) || Has(EventCue.Aerial))
                     || Has(EventCue.StrikeNoun) && Has(EventCue.HitVerb))
            {
                found.Add((IncidentTypes.RemoteViolence, "air_drone_strike"));
            }
        }
        if (found.Count > 0) return found;
        if (Has(EventCue.Sanctions)) found.Add((IncidentTypes.StrategicDevelopments, "sanctions"));
        else if (Has(EventCue.Threat)) found.Add((IncidentTypes.StrategicDevelopments, "threats"));
        else if (Has(EventCue.Accuse)) found.Add((IncidentTypes.StrategicDevelopments, "accusations"));
        else if (Has(EventCue.Talks)) found.Add((IncidentTypes.StrategicDevelopments, "diplomatic_talks"));
        return found;
    }
}
