namespace IncidentMap.Geoparsing.Parsing;

/// <summary>Senses outside political violence that words near an ambiguous event word give it.</summary>
[Flags]
internal enum Sense
{
    None = 0,
    Sport = 1 << 0,
    Labour = 1 << 1,
    Legal = 1 << 2,
    Health = 1 << 3,
    Business = 1 << 4,
    Politics = 1 << 5,
    Weather = 1 << 6,
    Accident = 1 << 7,
    Crime = 1 << 8,
    Lottery = 1 << 9,
    Games = 1 << 10,
    Entertainment = 1 << 11,
}
