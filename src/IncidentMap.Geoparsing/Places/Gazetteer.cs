using System.Collections.Frozen;

namespace IncidentMap.Geoparsing.Places;

/// <summary>
/// The gazetteer: every known place with a name index over folded names.
/// Built from raw geodata by <c>GazetteerBuilder</c>, or from a hand-made list in tests.
/// </summary>
public sealed class Gazetteer
{
    private readonly Place[] _places;
    private readonly Dictionary<string, Place> _byId;
    private readonly Dictionary<string, Place[]> _byName;
    private readonly Dictionary<string, Place[]>.AlternateLookup<ReadOnlySpan<char>> _byNameSpan;
    private readonly Dictionary<string, Place[]> _byAbbreviation;
    private readonly Dictionary<string, Place[]>.AlternateLookup<ReadOnlySpan<char>> _byAbbreviationSpan;
    private readonly FrozenDictionary<string, Place> _countryByDemonym;
    private readonly FrozenDictionary<string, Place[]> _byDemonym;
    private readonly FrozenDictionary<string, Place> _countryByCode;

    /// <summary>Indexes <paramref name="places"/>.</summary>
    public Gazetteer(IEnumerable<Place> places)
    {
        _places = [.. places];
        _byId = new Dictionary<string, Place>(_places.Length, StringComparer.Ordinal);
        foreach (var p in _places) _byId[p.Id] = p;

        // Folding a million names is the bulk of start-up: spread it over the cores, then index in one pass.
        var nameKeys = new string[_places.Length][];
        var abbreviationKeys = new string[_places.Length][];
        Parallel.For(0, _places.Length, i =>
        {
            nameKeys[i] = FoldedKeys(_places[i].Names, _places[i].Name);
            abbreviationKeys[i] = FoldedKeys(_places[i].Abbreviations, null);
        });
        _byName = Index(nameKeys);
        foreach (var key in _byName.Keys) MaxNameWords = Math.Max(MaxNameWords, WordCount(key));
        _byNameSpan = _byName.GetAlternateLookup<ReadOnlySpan<char>>();
        _byAbbreviation = Index(abbreviationKeys);
        _byAbbreviationSpan = _byAbbreviation.GetAlternateLookup<ReadOnlySpan<char>>();

        var countries = _places.Where(p => p.Kind == PlaceKind.Country).ToArray();
        _countryByDemonym = countries
            .SelectMany(c => c.Demonyms.Select(d => (Key: NameFolding.Fold(d), Country: c)))
            .GroupBy(x => x.Key)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(x => Prominence(x.Country)).First().Country, StringComparer.Ordinal);
        _byDemonym = _places
            .SelectMany(p => p.Demonyms.Select(d => NameFolding.Fold(d)).Where(k => k.Length > 0).Distinct().Select(k => (Key: k, Place: p)))
            .GroupBy(x => x.Key)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Place).OrderByDescending(Prominence).ToArray(), StringComparer.Ordinal);
        _countryByCode = countries
            .SelectMany(c => new[] { c.Code, c.Alpha2, c.CountryCode }.OfType<string>().Select(code => (Code: code.ToUpperInvariant(), Country: c)))
            .GroupBy(x => x.Code)
            .ToFrozenDictionary(g => g.Key, g => g.First().Country, StringComparer.Ordinal);
    }

    /// <summary>Every place.</summary>
    public IReadOnlyList<Place> Places => _places;

    /// <summary>The largest number of words in any indexed name, for multi-word matching.</summary>
    public int MaxNameWords { get; }

    /// <summary>The place with this id, or null.</summary>
    public Place? Get(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The places of one kind.</summary>
    public IEnumerable<Place> OfKind(PlaceKind kind) => _places.Where(p => p.Kind == kind);

    /// <summary>Candidates for a name as written (folded here), most prominent first; empty when unknown.</summary>
    public IReadOnlyList<Place> Lookup(string name) => LookupFolded(NameFolding.Fold(name));

    /// <summary>Candidates for an already folded name, most prominent first; allocation-free.</summary>
    public IReadOnlyList<Place> LookupFolded(ReadOnlySpan<char> foldedName) =>
        _byNameSpan.TryGetValue(foldedName, out var places) ? places : [];

    /// <summary>
    /// Places with this abbreviation or short form ("Ky.", "B.C.", "U.S.", "UAE"), most prominent first; empty when unknown.
    /// Abbreviations are not in the name index: many are also common words ("US", "IN", "ME"), so a caller should accept
    /// one only where the text supports it, e.g. capitalised as written and next to a place ("Vancouver, B.C.").
    /// </summary>
    public IReadOnlyList<Place> LookupAbbreviation(string abbreviation) => LookupAbbreviationFolded(NameFolding.Fold(abbreviation));

    /// <summary>Places with this already folded abbreviation ("bc", "us"), most prominent first; allocation-free.</summary>
    public IReadOnlyList<Place> LookupAbbreviationFolded(ReadOnlySpan<char> foldedAbbreviation) =>
        _byAbbreviationSpan.TryGetValue(foldedAbbreviation, out var places) ? places : [];

    /// <summary>The country with this ISO alpha-2 or alpha-3 code or name ("PL", "POL", "Poland").</summary>
    public Place? FindCountry(string codeOrName)
    {
        if (_countryByCode.TryGetValue(codeOrName.Trim().ToUpperInvariant(), out var byCode)) return byCode;
        return Lookup(codeOrName).FirstOrDefault(p => p.Kind == PlaceKind.Country);
    }

    /// <summary>The country whose English demonym this is ("Polish" → Poland), or null.</summary>
    public Place? FindCountryByDemonym(string demonym) =>
        _countryByDemonym.GetValueOrDefault(NameFolding.Fold(demonym));

    /// <summary>Every place with this demonym, most prominent first: countries ("Polish"), continents ("European"),
    /// macro-regions ("Kurdish" → Kurdistan, "Balkan"); empty when none.</summary>
    public IReadOnlyList<Place> FindByDemonym(string demonym) =>
        _byDemonym.TryGetValue(NameFolding.Fold(demonym), out var places) ? places : [];

    /// <summary>The land border between two countries given by code or name, in either order, or null.</summary>
    public Place? FindBorder(string a, string b)
    {
        var ca = FindCountry(a)?.Code;
        var cb = FindCountry(b)?.Code;
        if (ca is null || cb is null) return null;
        return Get(BorderId(ca, cb));
    }

    /// <summary>The land borders of a country.</summary>
    public IEnumerable<Place> BordersOf(string country)
    {
        var code = FindCountry(country)?.Code;
        return code is null ? [] : OfKind(PlaceKind.Border).Where(b => b.Neighbours.Contains(code));
    }

    /// <summary>The national airspace of a country, or null.</summary>
    public Place? FindAirspace(string country)
    {
        var code = FindCountry(country)?.Code;
        return code is null ? null : Get("airspace:" + code);
    }

    /// <summary>The id of the border between two alpha-3 codes, in alphabetical order: <c>border:BLR-POL</c>.</summary>
    public static string BorderId(string alpha3A, string alpha3B) =>
        string.CompareOrdinal(alpha3A, alpha3B) <= 0 ? $"border:{alpha3A}-{alpha3B}" : $"border:{alpha3B}-{alpha3A}";

    /// <summary>A prominence score used to order homonyms: kind first, then rank and population.</summary>
    public static double Prominence(Place place)
    {
        var kindWeight = place.Kind switch
        {
            PlaceKind.Continent => 9,
            PlaceKind.Country => 8,
            PlaceKind.Region => 7,
            PlaceKind.Sea => 6,
            PlaceKind.Admin1 => 5,
            PlaceKind.Admin2 => 3,
            _ => 0,
        };
        return kindWeight + place.Rank + Math.Log10(place.Population + 1);
    }

    private Dictionary<string, Place[]> Index(string[][] keysByPlace)
    {
        var index = new Dictionary<string, Place[]>(keysByPlace.Sum(k => k.Length), StringComparer.Ordinal);
        for (var i = 0; i < keysByPlace.Length; i++)
        {
            foreach (var key in keysByPlace[i])
            {
                // Most names belong to one place: grow arrays only for homonyms.
                index[key] = index.TryGetValue(key, out var existing) ? [.. existing, _places[i]] : [_places[i]];
            }
        }
        foreach (var (_, list) in index)
        {
            if (list.Length > 1) Array.Sort(list, static (a, b) => Prominence(b).CompareTo(Prominence(a)));
        }
        return index;
    }

    private static string[] FoldedKeys(IReadOnlyList<string> names, string? name)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        if (name is not null) keys.Add(NameFolding.Fold(name));
        foreach (var n in names) keys.Add(NameFolding.Fold(n));
        keys.Remove("");
        return [.. keys];
    }

    private static int WordCount(string folded) => folded.AsSpan().Count(' ') + 1;
}
