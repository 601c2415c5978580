using IncidentMap.Geoparsing;
using IncidentMap.Geoparsing.Places;
using NetTopologySuite.Geometries;

namespace IncidentMap.Server.Storage.Embedded;

public sealed partial class EmbeddedIncidentStore
{
    public Task<Page<StoredIncident>> QueryIncidentsAsync(IncidentFilter filter, CancellationToken cancellationToken)
    {
        // The records, located or not: an article's unlocated incidents are listed with it, never on the map.
        var matches = Filter(filter, unlocatedToo: true).OrderByDescending(i => i.Article.Id).ThenBy(i => i.Id).ToList();
        var page = matches.Where(i => filter.After is not { } after || after.IsBefore(i.Article.Id, i.Id)).Skip(filter.Offset).Take(filter.Limit);
        return Task.FromResult(new Page<StoredIncident>([.. page], matches.Count));
    }

    public async IAsyncEnumerable<RenderedIncident> ReadIncidentsAsync(IncidentFilter filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var matches = Filter(filter)
            .Where(i => filter.After is not { } after || after.IsBefore(i.Article.Id, i.Id))
            .OrderByDescending(i => i.Article.Id).ThenBy(i => i.Id)
            .Skip(filter.Offset).Take(filter.Limit);
        foreach (var incident in matches)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return Render(incident);
        }
        await Task.CompletedTask;
    }

    public Task<long> CountIncidentsAsync(IncidentFilter filter, CancellationToken cancellationToken) =>
        Task.FromResult((long)Filter(filter).Count());

    private static RenderedIncident Render(StoredIncident incident) =>
        new(incident.Id, incident.Article.Id, incident.Location?.X, incident.Location?.Y, Layers.IncidentProperties.Render(incident), incident.EventId);

    public Task<StoredIncident?> GetIncidentAsync(long id, CancellationToken cancellationToken) =>
        Task.FromResult(_memory.Incident(id));

    public Task<Page<Area>> QueryAreasAsync(IncidentFilter filter, CancellationToken cancellationToken)
    {
        // One pass over the matching incidents, each counted once per area it is located at.
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var incident in Filter(filter))
        {
            for (var i = 0; i < incident.Places.Count; i++)
            {
                var place = incident.Places[i];
                if (!IngestPlan.IsArea(place.Kind) || IsRepeated(incident.Places, i)) continue;
                counts[place.Id] = counts.GetValueOrDefault(place.Id) + 1;
            }
        }
        var ordered = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();
        var page = ordered.Skip(filter.Offset).Take(filter.Limit).Select(c => ToArea(_memory.Place(c.Key)!, c.Value));
        return Task.FromResult(new Page<Area>([.. page], ordered.Count));
    }

    private static bool IsRepeated(IReadOnlyList<IncidentPlace> places, int index)
    {
        for (var j = 0; j < index; j++)
        {
            if (places[j].Id == places[index].Id) return true;
        }
        return false;
    }

    public Task<DataExtent> GetExtentAsync(ExtentOf layer, CancellationToken cancellationToken)
    {
        var box = new Envelope();
        if (layer == ExtentOf.Events)
        {
            var events = _events.Events().Select(e => e.Summary).Where(e => e.Lon is not null).ToList();
            foreach (var e in events) box.ExpandToInclude(e.Lon!.Value, e.Lat!.Value);
            var dates = events.Select(e => e.Date).OfType<DateOnly>().ToList();
            return Task.FromResult(new DataExtent(box.IsNull ? null : box, dates.Count > 0 ? dates.Min() : null, dates.Count > 0 ? dates.Max() : null));
        }
        if (layer == ExtentOf.Borders)
        {
            foreach (var border in _memory.Borders()) box.ExpandToInclude(border.Geometry.EnvelopeInternal);
            return Task.FromResult(new DataExtent(box.IsNull ? null : box, null, null));
        }
        var incidents = _memory.Located(null);
        DateOnly? first = null, last = null;
        foreach (var incident in incidents)
        {
            if (incident.Date is { } date)
            {
                if (first is null || date < first) first = date;
                if (last is null || date > last) last = date;
            }
            if (layer == ExtentOf.Incidents && incident.Location is { } point) box.ExpandToInclude(point.Coordinate);
        }
        if (layer == ExtentOf.Areas)
        {
            foreach (var id in incidents.SelectMany(i => i.Places).Where(p => IngestPlan.IsArea(p.Kind)).Select(p => p.Id).Distinct(StringComparer.Ordinal))
            {
                if (_memory.Place(id) is { } place) box.ExpandToInclude(place.Geometry.EnvelopeInternal);
            }
        }
        return Task.FromResult(new DataExtent(box.IsNull ? null : box, first, last));
    }

    public Task<Area?> GetAreaAsync(string placeId, CancellationToken cancellationToken)
    {
        var place = _memory.Place(placeId);
        var count = _memory.IncidentCountAt(placeId);
        return Task.FromResult(place is null || !IngestPlan.IsArea(place.Kind) || count == 0 ? null : ToArea(place, count));
    }

    public Task<Page<BorderLine>> QueryBordersAsync(BorderFilter filter, CancellationToken cancellationToken)
    {
        var boxes = filter.Bbox?.Parts.Select(GeometryFactories.Wgs84.ToGeometry).ToList();
        var matches = _memory.Borders()
            .Where(l => boxes is null || boxes.Any(l.Geometry.Intersects))
            .Where(l => filter.Country is not { } c || l.CountryA == c || l.CountryB == c)
            .OrderBy(l => l.Id, StringComparer.Ordinal)
            .ToList();
        return Task.FromResult(new Page<BorderLine>([.. matches.Skip(filter.Offset).Take(filter.Limit)], matches.Count));
    }

    public Task<BorderLine?> GetBorderAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(_memory.Border(id));

    public Task<Page<NearBorderIncident>?> QueryNearBorderAsync(NearBorderQuery query, CancellationToken cancellationToken)
    {
        if (query.Km > NearBorderQuery.MaxKm) throw new ArgumentOutOfRangeException(nameof(query), $"At most {NearBorderQuery.MaxKm} km.");
        if (_memory.Border(query.BorderId) is not { } border) return Task.FromResult<Page<NearBorderIncident>?>(null);
        var metres = query.Km * 1000;
        var nearest = new Dictionary<long, double>();
        foreach (var (place, incidents) in _memory.PlacesWithIncidents(SearchBox(border.Geometry.EnvelopeInternal, query.Km)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Places and border lines never change once stored, so each pair is measured once.
            var distance = _distances.GetOrAdd((border.Id, place.Id), _ => Geodesy.GeodesicMetres(place.Geometry, border.Geometry));
            if (distance > metres) continue;
            foreach (var id in incidents) nearest[id] = Math.Min(distance, nearest.GetValueOrDefault(id, double.PositiveInfinity));
        }
        var matches = Filter(query.Filter)
            .Where(i => nearest.ContainsKey(i.Id) && (query.MaxGeoPrecision is not { } max || i.GeoPrecision <= max))
            .Select(i => (Incident: i, Outline: nearest[i.Id], Point: PointMetres(border, i, nearest[i.Id])))
            .Select(n => (n.Incident, n.Outline, n.Point, Metres: query.ByPoint ? n.Point : n.Outline))
            .Where(n => n.Metres <= metres)
            .OrderBy(n => n.Metres).ThenBy(n => n.Incident.Id)
            .ToList();
        var after = query.After;
        var page = (after is null ? matches : matches.Where(n => after.IsBefore(n.Metres, n.Incident.Id)))
            .Skip(query.Filter.Offset).Take(query.Filter.Limit)
            .Select(n => new NearBorderIncident(Render(n.Incident), new BorderDistance(n.Outline / 1000, n.Point / 1000), n.Metres));
        return Task.FromResult<Page<NearBorderIncident>?>(new Page<NearBorderIncident>([.. page], after?.Matched ?? matches.Count));
    }

    /// <summary>From the incident's point to the line; never less than its outline distance (the point lies in its places).</summary>
    private double PointMetres(BorderLine border, StoredIncident incident, double outline) =>
        incident.Location is not { } point ? outline
            : Math.Max(outline, _pointDistances.GetOrAdd((border.Id, incident.Id), _ => Geodesy.GeodesicMetres(point, border.Geometry)));

    /// <summary>The incidents the filter keeps: on the map (located) only, unless <paramref name="unlocatedToo"/>.</summary>
    private IEnumerable<StoredIncident> Filter(IncidentFilter filter, bool unlocatedToo = false)
    {
        var (from, to) = StoredIncidents.Days(filter);
        var types = filter.Types is { Count: > 0 } t ? t.ToHashSet(StringComparer.Ordinal) : null;
        return (unlocatedToo ? _memory.Incidents(filter.Bbox) : _memory.Located(filter.Bbox)).Where(i =>
            (from is null || i.Date >= from)
            && (to is null || i.Date <= to)
            && (types is null || types.Contains(i.Type) || types.Contains(i.Subtype))
            && (filter.Country is null || i.Countries.Contains(filter.Country))
            && (filter.ArticleId is null || i.Article.Id == filter.ArticleId));
    }

    /// <summary>A longitude/latitude box sure to hold every geometry within <paramref name="km"/> of the envelope.</summary>
    private static Envelope SearchBox(Envelope envelope, double km)
    {
        // A degree of latitude is at least 110.5 km; a degree of longitude shrinks with the cosine of the latitude.
        var dLat = km / 110.5 + 0.01;
        var maxLat = Math.Max(Math.Abs(envelope.MinY - dLat), Math.Abs(envelope.MaxY + dLat));
        var dLon = maxLat >= 89 ? 360 : km / (111.0 * Math.Cos(double.DegreesToRadians(maxLat))) + 0.01;
        return new Envelope(envelope.MinX - dLon, envelope.MaxX + dLon, envelope.MinY - dLat, envelope.MaxY + dLat);
    }

    private static Area ToArea(StoredPlace place, long count) =>
        new(place.Id, place.Kind, place.Name, place.Code, place.CountryCode, place.Geometry, count);
}
