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

    /// <summary>A country among the candidates is the one <paramref name="place"/> lies in.</summary>
    public bool NamesCountryOf(Place place)
    {
        if (!NamesACountry || place.CountryCode is not { } country) return false;
        for (var c = 0; c < Candidates.Count && c < Resolver.MaxCandidates; c++)
        {
            if (Candidates[c].Kind == PlaceKind.Country && Candidates[c].Code == country) return true;
        }
        return false;
    }

    /// <summary>A city among the candidates bears this name as its own, lies in <paramref name="admin1"/> and is its
    /// seat or a city of a million: the division is named after the city ("Kherson", "Odesa", "Giza"), and a bare
    /// name means the city. Not when the city is itself known as "X City" (Quebec City, Cebu City): English sets
    /// such a city apart by that name, so the bare name is the division ("one case in Quebec").</summary>
    public bool NamesSeatOf(Place admin1)
    {
        var folded = FoldedName;
        for (var c = 0; c < Candidates.Count && c < Resolver.MaxCandidates; c++)
        {
            var place = Candidates[c];
            if (place.Kind == PlaceKind.City && place.Admin1Code == admin1.Code && place.FoldedName == folded
                && (place.Population >= 1_000_000 || place.Type is "PPLA" or "PPLC") && !KnownAsCity(place, folded))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether <paramref name="city"/> has "<paramref name="folded"/> City" among its names.</summary>
    private static bool KnownAsCity(Place city, string folded)
    {
        foreach (var name in city.Names)
        {
            if (name.EndsWith(" City", StringComparison.OrdinalIgnoreCase) && NameFolding.Fold(name) == folded + " city")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A country, region, continent or sea among the candidates bears this name as its own.</summary>
    public bool NamesAnArea
    {
        get
        {
            if (_namesAnArea is { } known) return known;
            var folded = FoldedName;
            var found = false;
            for (var c = 0; c < Candidates.Count && c < Resolver.MaxCandidates && !found; c++)
            {
                found = Candidates[c] is { Kind: PlaceKind.Country or PlaceKind.Region or PlaceKind.Continent or PlaceKind.Sea } area
                        && area.FoldedName == folded;
            }
            _namesAnArea = found;
            return found;
        }
    }

    private bool? _namesAnArea;

    /// <summary>A country, region, continent or sea among the candidates answers to this name, as its own or as a
    /// short form ("Atlantic" for the Atlantic Ocean).</summary>
    public bool NamesAnyArea
    {
        get
        {
            if (_namesAnyArea is { } known) return known;
            var found = false;
            for (var c = 0; c < Candidates.Count && c < Resolver.MaxCandidates && !found; c++)
            {
                found = Candidates[c].Kind is PlaceKind.Country or PlaceKind.Region or PlaceKind.Continent or PlaceKind.Sea;
            }
            _namesAnyArea = found;
            return found;
        }
    }

    private bool? _namesAnyArea;

    /// <summary>The folded name written in the text (the key without the asked-for kind).</summary>
    public string FoldedName => Key.IndexOf('|') is var bar and >= 0 ? Key[..bar] : Key;

    /// <summary>A town that answers to this name only as an alternate ("Iraq" for Arāk, "Rome" for Washington,
    /// "Suba" for Suva) while another candidate bears it as its own name: GeoNames lists old, foreign and misspelt
    /// names as alternates, so such a match is the weaker reading. A name that begins the town's own name
    /// ("Washington" for "Washington, D.C.") is not an alternate.</summary>
    public bool KnownOnlyByAlternate(Place place)
    {
        if (place.Kind != PlaceKind.City || NameStart < 0) return false;
        var folded = FoldedName;
        var own = place.FoldedName;
        if (own == folded || own.Length > folded.Length && own[folded.Length] == ' ' && own.StartsWith(folded, StringComparison.Ordinal)) return false;
        if (_hasOwnNameCandidate is null)
        {
            var found = false;
            for (var c = 0; c < Candidates.Count && c < Resolver.MaxCandidates && !found; c++) found = Candidates[c].FoldedName == folded;
            _hasOwnNameCandidate = found;
        }
        return _hasOwnNameCandidate.Value;
    }

    private bool? _hasOwnNameCandidate;

    public Place? Chosen { get; set; }

    public double Score { get; set; }

    public Place? RunnerUp { get; set; }

    public double RunnerUpScore { get; set; }

    /// <summary>What the chosen place's score is made of: weight times value of each feature that is not zero.</summary>
    public (ResolverFeature Feature, double Contribution)[]? Evidence { get; set; }
}
