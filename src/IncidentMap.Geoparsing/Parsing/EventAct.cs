namespace IncidentMap.Geoparsing.Parsing;

/// <summary>The act an event word names, before its participants say which incident (if any) it is.</summary>
internal enum EventAct : byte
{
    Clash,
    Fight,
    Capture,
    Storm,
    Strike,
    Hit,
    Shell,
    Bomb,
    Explode,
    Suicide,
    Attack,
    Kill,
    Abduct,
    ShootDown,
    Violate,
    Deploy,
    Exercise,
    Close,
    Talks,
    Sanction,
    Arrest,
    Protest,
    Riot,
    Disperse,
    Loot,
    Agree,
    Release,
}

/// <summary>The grammatical forms an event word can take: they decide where the participants stand and whether it
/// asserts. A word with several ("attack": base or noun) gets one from its context.</summary>
[Flags]
internal enum ActForm : byte
{
    None = 0,

    /// <summary>Past tense or participle: "captured".</summary>
    Past = 1,

    /// <summary>Present participle: "shelling" after "are".</summary>
    Ing = 2,

    /// <summary>Base or present tense: "capture", "strikes".</summary>
    Base = 4,

    /// <summary>A noun: "the capture", "clashes".</summary>
    Noun = 8,
}
