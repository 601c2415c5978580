namespace IncidentMap.Geoparsing.Parsing;

/// <summary>The event taxonomy: ACLED's types, extended for airspace and military posture.</summary>
public static class IncidentTypes
{
    /// <summary>Armed clashes and territory changing hands.</summary>
    public const string Battles = "battles";

    /// <summary>Air and drone strikes, shelling, missile attacks.</summary>
    public const string RemoteViolence = "explosions_remote_violence";

    /// <summary>Airspace violations and drones shot down.</summary>
    public const string AirspaceIncidents = "airspace_incidents";

    /// <summary>Exercises, deployments, closures, talks, sanctions, threats, accusations.</summary>
    public const string StrategicDevelopments = "strategic_developments";

    /// <summary>Every type with its subtypes.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Subtypes { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        [Battles] = ["armed_clash", "territory_captured"],
        [RemoteViolence] = ["air_drone_strike", "shelling", "missile_attack"],
        [AirspaceIncidents] = ["airspace_violation", "drone_shot_down"],
        [StrategicDevelopments] =
        [
            "military_exercise", "troop_deployment", "airspace_closure", "naval_deployment",
            "diplomatic_talks", "sanctions", "threats", "accusations",
        ],
    };
}
