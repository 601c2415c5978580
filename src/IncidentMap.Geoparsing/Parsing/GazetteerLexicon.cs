using System.Collections.Frozen;
using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Geoparsing.Parsing;

/// <summary>Word-level views of the gazetteer the parser needs per token, folded once when the parser is built.</summary>
internal sealed class GazetteerLexicon
{
    private readonly FrozenDictionary<string, Place> _demonyms;

    public GazetteerLexicon(Gazetteer gazetteer)
    {
        Gazetteer = gazetteer;
        var demonyms = new Dictionary<string, Place>(StringComparer.Ordinal);
        foreach (var place in gazetteer.Places)
        {
            if (place.Kind != PlaceKind.Country) continue;
            foreach (var demonym in place.Demonyms)
            {
                var key = NameFolding.Fold(demonym);
                if (key.Length > 0 && !demonyms.ContainsKey(key) && gazetteer.FindCountryByDemonym(demonym) is { } country) demonyms[key] = country;
            }
        }
        _demonyms = demonyms.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public Gazetteer Gazetteer { get; }

    /// <summary>The country of a folded demonym ("polish" → Poland), or null.</summary>
    public Place? Demonym(string folded) => _demonyms.GetValueOrDefault(folded);
}
