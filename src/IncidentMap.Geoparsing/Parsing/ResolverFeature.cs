namespace IncidentMap.Geoparsing.Parsing;

/// <summary>
/// The evidence the resolver weighs for each candidate of a mention. A candidate's score is the weighted sum of these
/// values; the weights live in <c>resolver-weights.tsv</c> (<see cref="ResolverWeights"/>). The first group is what
/// the name and its phrase say (the prior), the second what the rest of the article says.
/// </summary>
internal enum ResolverFeature
{
    /// <summary>1 for a continent.</summary>
    KindContinent,

    /// <summary>1 for a country.</summary>
    KindCountry,

    /// <summary>1 for a macro-region ("the Middle East", "Central Luzon").</summary>
    KindRegion,

    /// <summary>1 for a sea, gulf or ocean.</summary>
    KindSea,

    /// <summary>1 for a first-level division.</summary>
    KindDivision,

    /// <summary>1 for a second-level division (county, parish, district).</summary>
    KindCounty,

    /// <summary>The place's rank in its source (Natural Earth's label or scale rank turned into 0–10, higher is larger).</summary>
    Rank,

    /// <summary>log10 of the population plus one.</summary>
    Population,

    /// <summary>1 for a first-level division that is neither named after its own country ("Mexico") nor after its
    /// seat or great city ("Kherson"): news names such divisions more often than the towns named after them.</summary>
    DivisionBeforeTown,

    /// <summary>1 for a national capital, unless the name also names a country or the capital bears it only as an
    /// alternate.</summary>
    NationalCapital,

    /// <summary>1 for the seat of a first-level division (GeoNames PPLA): a provincial or state capital is more often
    /// meant than an ordinary town of its name and size.</summary>
    DivisionSeat,

    /// <summary>1 when the place bears the name as written as its own name.</summary>
    OwnName,

    /// <summary>1 when a town answers to the name only as an alternate while another candidate bears it as its own.</summary>
    AlternateName,

    /// <summary>1 when the place is of the kind the phrase asks for ("Grodno region", "Scott County").</summary>
    KindAsked,

    /// <summary>1 when a possessive puts the place in its own country ("Ukraine's ... region").</summary>
    PossessiveCountry,

    /// <summary>1 when a possessive puts the place in another country than its own.</summary>
    PossessiveOtherCountry,

    /// <summary>The share, 0 to 1, of the other names' belief that lies in the place's first-level division.</summary>
    HomeGround,

    /// <summary>For a division, county or region: the share of the article's other places that lie in its country.</summary>
    ArticleCountryArea,

    /// <summary>For a town: the share of the article's other places that lie in its country.</summary>
    ArticleCountryTown,

    /// <summary>For a hamlet named like a country, region or sea: the share of the article's other places that lie in
    /// its country.</summary>
    ArticleCountryHamlet,

    /// <summary>1 when the article names the first-level division the place lies in.</summary>
    ArticleDivision,

    /// <summary>1 for a country some other place of the article lies in.</summary>
    CountryInArticle,

    /// <summary>1 when the next mention, right after a comma or a containment word, contains the place ("Pandi,
    /// Bulacan").</summary>
    ContainedByNext,

    /// <summary>1 when the place contains the mention right before it ("Bulacan" after "Pandi,").</summary>
    ContainsPrevious,

    /// <summary>1 when the nearest of the article's settled places is under 50 km away.</summary>
    Within50Km,

    /// <summary>1 when the nearest settled place is 50 to 200 km away.</summary>
    Within200Km,

    /// <summary>1 when the nearest settled place is 200 to 500 km away.</summary>
    Within500Km,

    /// <summary>1 when the same sentence names the place's first-level division.</summary>
    SentenceDivision,

    /// <summary>1 when the same sentence names the place's country (and not its division).</summary>
    SentenceCountry,

    /// <summary>1 when the place is of the kind (and country) the other members of its list were read as.</summary>
    ListKind,

    /// <summary>1 when the place also lies in the country the other members of its list lie in.</summary>
    ListCountry,

    /// <summary>1 when the place is of the list's kind but lies in another country than the other members.</summary>
    ListOtherCountry,
}
