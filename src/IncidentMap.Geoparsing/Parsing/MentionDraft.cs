using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Geoparsing.Parsing;

/// <summary>A place mention while the parse is under way: its span, its candidates and the evidence gathered.</summary>
internal sealed class MentionDraft
{
    /// <summary>First token of the whole mention.</summary>
    public required int FirstToken { get; init; }

    /// <summary>Token after the whole mention.</summary>
    public required int EndToken { get; init; }

    /// <summary>The article text the spans index.</summary>
    public required string Text { get; init; }

    public required int Start { get; init; }

    public required int End { get; init; }

    /// <summary>The span of the toponym itself inside the mention ("Grodno" in "Grodno region"); -1 when the mention
    /// is built from a demonym or pronoun and names no toponym.</summary>
    public int NameStart { get; init; } = -1;

    public int NameEnd { get; init; } = -1;

    /// <summary>The folded name plus the kind asked for: one sense per key per document.</summary>
    public required string Key { get; init; }

    public required IReadOnlyList<Place> Candidates { get; set; }

    /// <summary>The kind the phrase asks for ("region" → admin-1), if any.</summary>
    public PlaceKind? RequestedKind { get; init; }

    /// <summary>Alpha-3 of the country a possessive puts the place in ("Ukraine's central ... region").</summary>
    public string? CountryConstraint { get; set; }

    public MentionRole Role { get; set; } = MentionRole.Location;

    /// <summary>A locative preposition or an area noun says something is at this place.</summary>
    public bool Locative { get; set; }

    /// <summary>The place is the subject of a speech verb ("Poland said").</summary>
    public bool Speaker { get; set; }

    /// <summary>Preceded by "near" ("near the border"): precision drops to the region around it.</summary>
    public bool Near { get; set; }

    /// <summary>A minor town the text gives no support here: kept only if the name is supported elsewhere.</summary>
    public bool Weak { get; init; }

    /// <summary>A country is among the candidates ("Mexico" the country, not Mexico City).</summary>
    public bool NamesACountry => _namesACountry ??= MentionRecognizer.FirstOfKind(Candidates, PlaceKind.Country) is not null;

    private bool? _namesACountry;

    public Place? Chosen { get; set; }

    public double Score { get; set; }

    public Place? RunnerUp { get; set; }

    public double RunnerUpScore { get; set; }
}
