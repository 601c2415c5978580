namespace IncidentMap.Geoparsing.Parsing;

/// <summary>The event taxonomy: ACLED's event types and subtypes, with airspace incidents and military posture added.
/// <see cref="All"/> is the one list of kinds; every other list is derived from it.</summary>
public static class IncidentTypes
{
    /// <summary>Armed clashes and territory changing hands.</summary>
    public const string Battles = "battles";

    /// <summary>Air and drone strikes, shelling, missile attacks, remote explosives, suicide bombings.</summary>
    public const string RemoteViolence = "explosions_remote_violence";

    /// <summary>Attacks on and abductions of civilians by organised armed actors.</summary>
    public const string ViolenceAgainstCivilians = "violence_against_civilians";

    /// <summary>Peaceful protests, protests met by force, violent demonstrations and mob violence.</summary>
    public const string ProtestsRiots = "protests_riots";

    /// <summary>Airspace violations and drones shot down.</summary>
    public const string AirspaceIncidents = "airspace_incidents";

    /// <summary>Exercises, deployments, closures, talks, sanctions, arrests, looting, agreements.</summary>
    public const string StrategicDevelopments = "strategic_developments";

    /// <summary>Two or more armed, organised sides fighting.</summary>
    public static readonly IncidentKind ArmedClash = new(Battles, "armed_clash");

    /// <summary>An armed side taking a place.</summary>
    public static readonly IncidentKind TerritoryCaptured = new(Battles, "territory_captured");

    /// <summary>A strike from aircraft or drones.</summary>
    public static readonly IncidentKind AirDroneStrike = new(RemoteViolence, "air_drone_strike");

    /// <summary>Artillery, mortar or rocket fire.</summary>
    public static readonly IncidentKind Shelling = new(RemoteViolence, "shelling");

    /// <summary>A strike by missiles.</summary>
    public static readonly IncidentKind MissileAttack = new(RemoteViolence, "missile_attack");

    /// <summary>An improvised explosive device, landmine, car or roadside bomb.</summary>
    public static readonly IncidentKind RemoteExplosive = new(RemoteViolence, "remote_explosive");

    /// <summary>A suicide bombing.</summary>
    public static readonly IncidentKind SuicideBomb = new(RemoteViolence, "suicide_bomb");

    /// <summary>An armed actor attacking civilians.</summary>
    public static readonly IncidentKind Attack = new(ViolenceAgainstCivilians, "attack");

    /// <summary>An armed actor abducting or kidnapping civilians.</summary>
    public static readonly IncidentKind Abduction = new(ViolenceAgainstCivilians, "abduction");

    /// <summary>A demonstration without violence or intervention.</summary>
    public static readonly IncidentKind PeacefulProtest = new(ProtestsRiots, "peaceful_protest");

    /// <summary>A peaceful demonstration dispersed, blocked or arrested by the authorities.</summary>
    public static readonly IncidentKind ProtestWithIntervention = new(ProtestsRiots, "protest_with_intervention");

    /// <summary>Demonstrators using violence: a riot.</summary>
    public static readonly IncidentKind ViolentDemonstration = new(ProtestsRiots, "violent_demonstration");

    /// <summary>A crowd attacking people or property without a demonstration.</summary>
    public static readonly IncidentKind MobViolence = new(ProtestsRiots, "mob_violence");

    /// <summary>Aircraft or drones entering a country's airspace unbidden.</summary>
    public static readonly IncidentKind AirspaceViolation = new(AirspaceIncidents, "airspace_violation");

    /// <summary>Drones or aircraft shot down.</summary>
    public static readonly IncidentKind DroneShotDown = new(AirspaceIncidents, "drone_shot_down");

    /// <summary>Military drills.</summary>
    public static readonly IncidentKind MilitaryExercise = new(StrategicDevelopments, "military_exercise");

    /// <summary>Troops sent, moved or stationed.</summary>
    public static readonly IncidentKind TroopDeployment = new(StrategicDevelopments, "troop_deployment");

    /// <summary>Airspace closed or restricted.</summary>
    public static readonly IncidentKind AirspaceClosure = new(StrategicDevelopments, "airspace_closure");

    /// <summary>Warships sent, moved or stationed.</summary>
    public static readonly IncidentKind NavalDeployment = new(StrategicDevelopments, "naval_deployment");

    /// <summary>Talks between states or conflict parties held.</summary>
    public static readonly IncidentKind DiplomaticTalks = new(StrategicDevelopments, "diplomatic_talks");

    /// <summary>Sanctions imposed.</summary>
    public static readonly IncidentKind Sanctions = new(StrategicDevelopments, "sanctions");

    /// <summary>Political arrests: opposition figures, activists, journalists, protesters.</summary>
    public static readonly IncidentKind Arrests = new(StrategicDevelopments, "arrests");

    /// <summary>Looting, arson and destruction of property by an armed side or a crowd.</summary>
    public static readonly IncidentKind LootingPropertyDestruction = new(StrategicDevelopments, "looting_property_destruction");

    /// <summary>A ceasefire, peace deal or prisoner exchange agreed or signed.</summary>
    public static readonly IncidentKind Agreement = new(StrategicDevelopments, "agreement");

    /// <summary>Another strategic development.</summary>
    public static readonly IncidentKind Other = new(StrategicDevelopments, "other");

    /// <summary>Every kind, grouped by type in the codebook's order.</summary>
    public static IReadOnlyList<IncidentKind> All { get; } =
    [
        ArmedClash, TerritoryCaptured,
        AirDroneStrike, Shelling, MissileAttack, RemoteExplosive, SuicideBomb,
        Attack, Abduction,
        PeacefulProtest, ProtestWithIntervention, ViolentDemonstration, MobViolence,
        AirspaceViolation, DroneShotDown,
        MilitaryExercise, TroopDeployment, AirspaceClosure, NavalDeployment, DiplomaticTalks, Sanctions, Arrests,
        LootingPropertyDestruction, Agreement, Other,
    ];

    /// <summary>Every type with its subtypes, from <see cref="All"/>.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Subtypes { get; } = All
        .GroupBy(k => k.Type)
        .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(k => k.Subtype).ToArray());

    /// <summary>The kind with this subtype, or null.</summary>
    public static IncidentKind? Find(string subtype) => All.FirstOrDefault(k => k.Subtype == subtype);
}
