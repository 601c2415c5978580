using IncidentMap.Geoparsing.Places;
using F = IncidentMap.Geoparsing.Parsing.ResolverFeature;

namespace IncidentMap.Geoparsing.Parsing;

/// <summary>
/// The feature values of one candidate (<see cref="ResolverFeature"/>): what its name and phrase say (the prior),
/// and what the rest of the article says — its countries and divisions, its home ground, a containing neighbour,
/// nearby settled places, the same sentence, a list of like places.
/// </summary>
internal sealed class CandidateEvidence(Article article, Place[] first, DocumentGeography geography, HomeGround home, PlaceLists lists)
{
    /// <summary>How many of the features, from the first, make up the prior.</summary>
    public const int PriorCount = (int)F.PossessiveOtherCountry + 1;

    /// <summary>How many mentions either side the same-sentence context looks at.</summary>
    private const int _sentenceWindow = 8;

    /// <summary>Villages: the places cities500 adds to cities1000.</summary>
    internal const long VillagePopulation = 1_000;

    /// <summary>What the name and phrase alone say: kind, rank and population, asked-for kind, possessive country.</summary>
    public static void Prior(MentionDraft mention, Place place, Span<double> f)
    {
        var kind = place.Kind switch
        {
            PlaceKind.Continent => F.KindContinent,
            PlaceKind.Country => F.KindCountry,
            PlaceKind.Region => F.KindRegion,
            PlaceKind.Sea => F.KindSea,
            PlaceKind.Admin1 => F.KindDivision,
            PlaceKind.Admin2 => F.KindCounty,
            _ => (F?)null,
        };
        if (kind is { } k) f[(int)k] = 1;
        f[(int)F.Rank] = place.Rank;
        f[(int)F.Population] = Math.Log10(place.Population + 1);
        // News names first-level divisions far more often than the towns named after them ("Ontario", "Indiana"),
        // and a place by its own name more often than by an alternate one ("Victoria" is not Hong Kong here).
        // Not so for a country's own namesake division ("Mexico" is the country before México state).
        // Nor for a division named after its seat or its great city ("Kherson", "Odesa", "Giza", "Tehran"): the bare
        // name is the city unless the phrase asks for the region ("the Kherson region", "Belgorod's governor").
        if (place.Kind == PlaceKind.Admin1 && !mention.NamesCountryOf(place) && !mention.NamesSeatOf(place)) f[(int)F.DivisionBeforeTown] = 1;
        // A national capital is what its name means before the province around it ("Minsk said", "Kyiv"), though
        // not before the country it is named after ("Mexico").
        var alternate = mention.KnownOnlyByAlternate(place);
        if (place.Type == "PPLC" && !mention.NamesACountry && !alternate) f[(int)F.NationalCapital] = 1;
        if (place.Type == "PPLA" && !alternate) f[(int)F.DivisionSeat] = 1;
        if (mention.NameStart >= 0 && place.FoldedName == mention.FoldedName) f[(int)F.OwnName] = 1;
        else if (alternate) f[(int)F.AlternateName] = 1;
        if (mention.RequestedKind is { } asked && place.Kind == asked) f[(int)F.KindAsked] = 1;
        if (mention.CountryConstraint is { } country) f[(int)(place.CountryCode == country ? F.PossessiveCountry : F.PossessiveOtherCountry)] = 1;
    }

    /// <summary>Every feature value of candidate <paramref name="place"/> of mention <paramref name="index"/>.</summary>
    public void Features(int index, Place place, Span<double> f)
    {
        f.Clear();
        Prior(article.Mentions[index], place, f);
        Context(index, place, f);
    }

    /// <summary>What the rest of the article says about candidate <paramref name="place"/> of mention
    /// <paramref name="index"/>; the prior features are left as they are.</summary>
    public void Context(int index, Place place, Span<double> f)
    {
        var mention = article.Mentions[index];
        // The article's home ground pulls a town or county toward it: "Paris" in a story whose other places are in
        // Tennessee is Paris, Tennessee, however famous the other Paris.
        // Not for a place named after its own country ("Panama", "Kuwait"): the country is what the name means; nor
        // for a village under 1,000 people that shares its name with a country, region or sea ("Atlantic").
        if (!mention.NamesCountryOf(place) && !(place.Kind == PlaceKind.City && place.Population < VillagePopulation && mention.NamesAnyArea)
            && HomeGround.Admin1Of(place) is { } division)
        {
            f[(int)F.HomeGround] = home.Admin1Share(division, mention.Key);
        }
        var country = place.CountryCode;
        // An article about Mexico speaks for Mexico the country as much as for México state: no evidence either way.
        if (country is not null && place.Kind != PlaceKind.Country && !mention.NamesCountryOf(place))
        {
            // A region of the country the article is about beats a foreign country of the same name ("Georgia");
            // a town needs more than that to beat a country.
            // A village named after a nation or region ("England", Arkansas) is not made likely by the article being
            // about its country: it needs a neighbour that contains it.
            // So for a village under 1,000 people named like an area's short form ("Atlantic").
            var hamletOfAnArea = place.Kind == PlaceKind.City && place.Population < NonPlaceRules.MinorTownPopulation
                                 && (mention.NamesAnArea || place.Population < VillagePopulation && mention.NamesAnyArea);
            // A division named after its seat gains no more from the article than the seat does.
            var area = place.Kind is PlaceKind.Admin1 or PlaceKind.Admin2 or PlaceKind.Region && !mention.NamesSeatOf(place);
            f[(int)(hamletOfAnArea ? F.ArticleCountryHamlet : area ? F.ArticleCountryArea : F.ArticleCountryTown)] = geography.CountryShare(country, mention.Key);
            if (place.Admin1Code is { } admin1 && geography.HasAdmin1(admin1) && !hamletOfAnArea) f[(int)F.ArticleDivision] = 1;
        }
        if (place.Kind == PlaceKind.Country && geography.CountryShare(place.Code ?? "", mention.Key) > 0) f[(int)F.CountryInArticle] = 1;
        // Members of a list of like places do not contain each other ("Niger, Nigeria and Togo").
        if (!lists.SharesKind(index)) Containment(index, place, f);
        var nearest = geography.NearestAnchorKm(place, mention.Key);
        if (nearest < 500) f[(int)(nearest < 50 ? F.Within50Km : nearest < 200 ? F.Within200Km : F.Within500Km)] = 1;
        SameSentence(index, place, f);
        lists.Fill(index, place, f);
    }

    /// <summary>A state or country named in the same sentence speaks for the places inside it more than one named
    /// elsewhere in the article ("swans in Michigan ... in Monroe County. ... tested in Ames, Iowa").</summary>
    private void SameSentence(int index, Place place, Span<double> f)
    {
        if (place.Kind is not (PlaceKind.City or PlaceKind.Admin2 or PlaceKind.Admin1)) return;
        var mentions = article.Mentions;
        var sentence = article[mentions[index].FirstToken].Sentence;
        var (division, country) = (false, false);
        for (var step = -1; step <= 1; step += 2)
        {
            for (int m = index + step, seen = 0; m >= 0 && m < mentions.Count && seen < _sentenceWindow; m += step, seen++)
            {
                if (article[mentions[m].FirstToken].Sentence != sentence) break;
                var other = first[m];
                if (other.Kind == PlaceKind.Admin1 && place.Admin1Code == other.Code) division = true;
                else if (other.Kind == PlaceKind.Country && place.CountryCode == other.Code) country = true;
            }
        }
        if (division) f[(int)F.SentenceDivision] = 1;
        else if (country) f[(int)F.SentenceCountry] = 1;
    }

    /// <summary>"Pandi, Bulacan", "Bulacan, Philippines" and "Fuyang in Anhui province": a neighbour across a comma
    /// or a containment word that contains the place.</summary>
    private void Containment(int index, Place place, Span<double> f)
    {
        var mentions = article.Mentions;
        var mention = mentions[index];
        if (index + 1 < mentions.Count)
        {
            var next = mentions[index + 1];
            if (next.FirstToken == mention.EndToken + 1 && Resolver.Qualifies(article, mention.EndToken))
            {
                for (var c = 0; c < next.Candidates.Count && c < Resolver.MaxCandidates; c++)
                {
                    if (!Contains(next.Candidates[c], place)) continue;
                    f[(int)F.ContainedByNext] = 1;
                    break;
                }
            }
        }
        if (index > 0)
        {
            var previous = mentions[index - 1];
            if (mention.FirstToken == previous.EndToken + 1 && Resolver.Qualifies(article, previous.EndToken) && Contains(place, first[index - 1]))
            {
                f[(int)F.ContainsPrevious] = 1;
            }
        }
    }

    /// <summary>Whether <paramref name="container"/> contains <paramref name="place"/>: a country its divisions and
    /// towns, a division its counties and towns, a county the towns near its point, a region inside one country
    /// what its outline covers ("Central Luzon").</summary>
    public static bool Contains(Place container, Place place) => container.Kind switch
    {
        PlaceKind.Country => place.CountryCode == container.Code && place.Kind != PlaceKind.Country,
        PlaceKind.Admin1 => place.Admin1Code == container.Code && place.Kind is PlaceKind.City or PlaceKind.Admin2,
        PlaceKind.Admin2 => place.Kind == PlaceKind.City && place.CountryCode == container.CountryCode
                            && Geodesy.DistanceKm(place.Lat, place.Lon, container.Lat, container.Lon) < 60,
        PlaceKind.Region => container.CountryCode is { } country && place.CountryCode == country
                            && place.Kind is PlaceKind.City or PlaceKind.Admin1 or PlaceKind.Admin2
                            && container.Covers(place.Lat, place.Lon),
        _ => false,
    };
}
