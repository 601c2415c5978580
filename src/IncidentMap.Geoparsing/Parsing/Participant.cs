namespace IncidentMap.Geoparsing.Parsing;

/// <summary>What the words of an event's frame say about its participants and the way it was done.</summary>
[Flags]
internal enum Participant : long
{
    None = 0,
    Military = 1 << 0,
    ArmedGroup = 1 << 1,
    Police = 1 << 2,
    Protesters = 1 << 3,
    Civilians = 1 << 4,
    Political = 1 << 5,
    Officials = 1 << 6,
    Workers = 1 << 7,
    Territory = 1 << 8,
    Facility = 1 << 9,
    Aircraft = 1 << 10,
    Missiles = 1 << 11,
    Ships = 1 << 12,
    Vessels = 1 << 13,
    Goods = 1 << 14,
    Prisoners = 1 << 15,
    Air = 1 << 16,
    Drone = 1 << 17,
    Missile = 1 << 18,
    Artillery = 1 << 19,
    Explosive = 1 << 20,
    SuicideModifier = 1 << 21,
    MilitaryModifier = 1 << 22,

    /// <summary>A country or a capital speaking for it, by name or demonym ("Russia", "Israeli", "Moscow").</summary>
    State = 1 << 23,

    /// <summary>A place mention.</summary>
    Place = 1 << 24,

    /// <summary>The word "airspace" or an airspace mention.</summary>
    Airspace = 1 << 25,

    /// <summary>A count of people ("20", "hundreds of").</summary>
    Count = 1 << 26,

    /// <summary>People in general ("residents", "a man").</summary>
    People = 1 << 27,

    /// <summary>Force used on a crowd: tear gas, water cannon, rubber bullets.</summary>
    Intervention = 1 << 28,

    /// <summary>What violent demonstrators throw: stones, petrol bombs.</summary>
    Violence = 1 << 29,

    /// <summary>A mob or vigilantes.</summary>
    Mob = 1 << 30,

    /// <summary>Civilians whose killing is political by itself: aid workers, peacekeepers, villagers, refugees.</summary>
    Protected = 1L << 31,

    /// <summary>Places an armed side holds: towns, bases, positions, checkpoints.</summary>
    Defended = 1L << 32,

    /// <summary>Protesters or demonstrators by name (not supporters or students).</summary>
    Demonstrators = 1L << 33,

    /// <summary>Armed actors of any kind.</summary>
    Armed = Military | ArmedGroup,
}
