using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace IncidentMap.Server.Storage.Embedded;

/// <summary>
/// Everything the embedded store holds, in memory, with STR-tree indexes over incident points and place geometries.
/// Filled from the database file at open and updated only after a commit, so it never shows unwritten data.
/// The trees are immutable once built: a change marks them stale and the next spatial query rebuilds them.
/// </summary>
internal sealed class MemoryIndex
{
    private readonly Lock _sync = new();
    private readonly Dictionary<long, StoredArticle> _articles = [];
    private readonly Dictionary<string, long> _articleByHash = new(StringComparer.Ordinal);
    private readonly Dictionary<long, StoredIncident[]> _incidentsByArticle = [];
    private readonly Dictionary<long, StoredIncident> _incidents = [];
    private readonly Dictionary<string, StoredPlace> _places = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<long>> _incidentsByPlace = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BorderLine> _borders = new(StringComparer.Ordinal);
    private readonly CellRollup _rollup = new();
    private STRtree<StoredIncident>? _pointTree;
    private STRtree<StoredPlace>? _placeTree;

    public void AddPlace(StoredPlace place)
    {
        lock (_sync)
        {
            _places[place.Id] = place;
            _placeTree = null;
        }
    }

    public void SetBorder(BorderLine border)
    {
        lock (_sync) _borders[border.Id] = border;
    }

    public void AddArticle(StoredArticle article, IReadOnlyList<StoredIncident> incidents)
    {
        lock (_sync)
        {
            _articles[article.Id] = article;
            _articleByHash[article.ContentHash] = article.Id;
            _incidentsByArticle[article.Id] = [.. incidents];
            foreach (var incident in incidents)
            {
                if (_incidents.TryGetValue(incident.Id, out var replaced)) _rollup.Add(replaced, -1);
                _incidents[incident.Id] = incident;
                _rollup.Add(incident, 1);
                foreach (var place in incident.Places)
                {
                    if (!_incidentsByPlace.TryGetValue(place.Id, out var set)) _incidentsByPlace[place.Id] = set = [];
                    set.Add(incident.Id);
                }
            }
            _pointTree = null;
        }
    }

    /// <summary>Moves incidents to the events a regrouping put them in.</summary>
    public void SetEventIds(IReadOnlyDictionary<long, long> eventOfIncident)
    {
        if (eventOfIncident.Count == 0) return;
        lock (_sync)
        {
            foreach (var articleId in eventOfIncident.Keys.Where(_incidents.ContainsKey).Select(id => _incidents[id].Article.Id).Distinct().ToList())
            {
                var incidents = _incidentsByArticle[articleId];
                for (var i = 0; i < incidents.Length; i++)
                {
                    if (eventOfIncident.TryGetValue(incidents[i].Id, out var eventId) && incidents[i].EventId != eventId)
                        _incidents[incidents[i].Id] = incidents[i] = incidents[i] with { EventId = eventId };
                }
            }
            _pointTree = null;
        }
    }

    /// <summary>The article's incidents, in the geoparser's order.</summary>
    public IReadOnlyList<StoredIncident> IncidentsOf(long articleId)
    {
        lock (_sync) return _incidentsByArticle.TryGetValue(articleId, out var incidents) ? [.. incidents] : [];
    }

    /// <summary>Incidents not in any event yet, oldest first.</summary>
    public List<StoredIncident> Ungrouped(int max)
    {
        lock (_sync) return [.. _incidents.Values.Where(i => i.EventId is null).OrderBy(i => i.Id).Take(max)];
    }

    public bool RemoveArticle(long id)
    {
        lock (_sync)
        {
            if (!_articles.Remove(id, out var article)) return false;
            _articleByHash.Remove(article.ContentHash);
            if (_incidentsByArticle.Remove(id, out var incidents))
            {
                foreach (var incident in incidents)
                {
                    _incidents.Remove(incident.Id);
                    _rollup.Add(incident, -1);
                    foreach (var place in incident.Places) _incidentsByPlace.GetValueOrDefault(place.Id)?.Remove(incident.Id);
                }
            }
            _pointTree = null;
            return true;
        }
    }

    public StoredArticle? Article(long id)
    {
        lock (_sync) return _articles.GetValueOrDefault(id);
    }

    public AddArticleResult? ArticleByHash(string hash)
    {
        lock (_sync)
        {
            if (!_articleByHash.TryGetValue(hash, out var id)) return null;
            return new AddArticleResult(_articles[id], _incidentsByArticle[id], Created: false);
        }
    }

    /// <summary>A stored article with its incidents, as a duplicate's answer.</summary>
    public AddArticleResult? ArticleWithIncidents(long id)
    {
        lock (_sync) return _articles.TryGetValue(id, out var article) ? new AddArticleResult(article, _incidentsByArticle[id], Created: false) : null;
    }

    public StoredIncident? Incident(long id)
    {
        lock (_sync) return _incidents.GetValueOrDefault(id);
    }

    public bool HasPlace(string id)
    {
        lock (_sync) return _places.ContainsKey(id);
    }

    public StoredPlace? Place(string id)
    {
        lock (_sync) return _places.GetValueOrDefault(id);
    }

    public BorderLine? Border(string id)
    {
        lock (_sync) return _borders.GetValueOrDefault(id);
    }

    public List<BorderLine> Borders()
    {
        lock (_sync) return [.. _borders.Values];
    }

    public int IncidentCountAt(string placeId)
    {
        lock (_sync) return _incidentsByPlace.GetValueOrDefault(placeId)?.Count ?? 0;
    }

    /// <summary>Incidents whose point lies in the box (edges included), or every incident, located or not, when there is
    /// no box.</summary>
    public List<StoredIncident> Incidents(GeoBox? bbox)
    {
        lock (_sync)
        {
            if (bbox is null) return [.. _incidents.Values];
            _pointTree ??= BuildPointTree();
            var tree = _pointTree;
            return [.. bbox.Parts.SelectMany(part => tree.Query(part).Where(i => part.Covers(i.Location!.Coordinate))).Distinct()];
        }
    }

    /// <summary>The map's incidents: those located, whose point lies in the box (edges included), or every located
    /// one when there is no box. An incident with no place anywhere stays in its article's record only.</summary>
    public List<StoredIncident> Located(GeoBox? bbox)
    {
        if (bbox is not null) return Incidents(bbox);
        lock (_sync) return [.. _incidents.Values.Where(i => i.Location is not null)];
    }

    /// <summary>Reads the cell rollups under the index's lock.</summary>
    public void ReadRollup(Action<CellRollup> read)
    {
        lock (_sync) read(_rollup);
    }

    /// <summary>Places whose envelope meets the box, with the ids of the incidents located at each.</summary>
    public List<(StoredPlace Place, long[] Incidents)> PlacesWithIncidents(Envelope box)
    {
        lock (_sync)
        {
            _placeTree ??= BuildPlaceTree();
            return [.. _placeTree.Query(box)
                .Select(p => (Place: p, Incidents: _incidentsByPlace.GetValueOrDefault(p.Id)?.ToArray() ?? []))
                .Where(x => x.Incidents.Length > 0)];
        }
    }

    private STRtree<StoredIncident> BuildPointTree()
    {
        var tree = new STRtree<StoredIncident>();
        foreach (var incident in _incidents.Values)
        {
            if (incident.Location is { } point) tree.Insert(point.EnvelopeInternal, incident);
        }
        tree.Build();
        return tree;
    }

    private STRtree<StoredPlace> BuildPlaceTree()
    {
        var tree = new STRtree<StoredPlace>();
        foreach (var place in _places.Values) tree.Insert(place.Geometry.EnvelopeInternal, place);
        tree.Build();
        return tree;
    }
}
