namespace IncidentMap.Geoparsing.Parsing;

/// <summary>One piece of evidence behind a resolved place: the feature ("home_ground", "population",
/// "contained_by_next"; see docs/geoparser.md) and what it added to the place's score.</summary>
/// <param name="Feature">The feature's name, as the resolver's weights file spells it.</param>
/// <param name="Contribution">Weight times value: what the feature added to the score (negative when it counted against).</param>
public sealed record ScoreEvidence(string Feature, double Contribution);
