using IncidentMap.Geoparsing.Parsing;

namespace IncidentMap.Geoparsing.Tests.Parsing.Incidents;

/// <summary>The taxonomy is ACLED's codebook with airspace incidents added, kept as one typed list.</summary>
public sealed class IncidentTypesTests
{
    [Fact]
    public void Taxonomy_IsTheCodebookWithAirspaceIncidents()
    {
        var expected = new Dictionary<string, string[]>
        {
            ["battles"] = ["armed_clash", "territory_captured"],
            ["explosions_remote_violence"] = ["air_drone_strike", "shelling", "missile_attack", "remote_explosive", "suicide_bomb"],
            ["violence_against_civilians"] = ["attack", "abduction"],
            ["protests_riots"] = ["peaceful_protest", "protest_with_intervention", "violent_demonstration", "mob_violence"],
            ["airspace_incidents"] = ["airspace_violation", "drone_shot_down"],
            ["strategic_developments"] =
            [
                "military_exercise", "troop_deployment", "airspace_closure", "naval_deployment", "diplomatic_talks", "sanctions",
                "arrests", "looting_property_destruction", "agreement", "other",
            ],
        };

        Assert.Equal(expected.Keys, IncidentTypes.Subtypes.Keys);
        foreach (var (type, subtypes) in expected) Assert.Equal(subtypes, IncidentTypes.Subtypes[type]);
        Assert.Equal(IncidentTypes.All.Count, IncidentTypes.All.Select(k => k.Subtype).Distinct().Count());
    }

    [Fact]
    public void Kind_IsFoundByItsSubtype()
    {
        Assert.Equal(IncidentTypes.RemoteExplosive, IncidentTypes.Find("remote_explosive"));
        Assert.Equal(IncidentTypes.RemoteViolence, IncidentTypes.Find("suicide_bomb")!.Type);
        Assert.Null(IncidentTypes.Find("threats"));
    }
}
