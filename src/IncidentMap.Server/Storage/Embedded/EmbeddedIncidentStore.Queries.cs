using IncidentMap.Geoparsing;
using IncidentMap.Geoparsing.Places;
using NetTopologySuite.Geometries;

namespace IncidentMap.Server.Storage.Embedded;

public sealed partial class EmbeddedIncidentStore
{
    public Task<Page<StoredIncident>> QueryIncidentsAsync(IncidentFilter filter, CancellationToken cancellationToken)
    {
        var matches = Filter(filter).OrderByDescending(i => i.Article.Id).ThenBy(i => i.Id).ToList();
        return Task.FromResult(new Page<StoredIncident>([.. matches.Skip(filter.Offset).Take(filter.Limit)], matches.Count));
    }

    public Task<StoredIncident?> GetIncidentAsync(long id, CancellationToken cancellationToken) =>
        Task.FromResult(_memory.Incident(id));

    public Task<Page<Area>> QueryAreasAsync(IncidentFilter filter, CancellationToken cancellationToken)
    {
        var counts = Filter(filter)
            .SelectMany(i => i.Places.Where(p => IngestPlan.IsArea(p.Kind)).Select(p => (Place: p.Id, Incident: i.Id)))
            .Distinct()
            .GroupBy(x => x.Place, StringComparer.Ordinal)
            .Select(g => (Place: g.Key, Count: (long)g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Place, StringComparer.Ordinal)
            .ToList();
        var page = counts.Skip(filter.Offset).Take(filter.Limit).Select(c => ToArea(_memory.Place(c.Place)!, c.Count));
        return Task.FromResult(new Page<Area>([.. page], counts.Count));
    }

    public Task<DataExtent> GetExtentAsync(ExtentOf layer, CancellationToken cancellationToken)
    {
        var box = new Envelope();
        if (layer == ExtentOf.Events)
        {
            var events = _events.Events().Select(e => e.Summary).ToList();
            foreach (var e in events.Where(e => e.Lon is not null)) box.ExpandToInclude(e.Lon!.Value, e.Lat!.Value);
            var dates = events.Select(e => e.Date).OfType<DateOnly>().ToList();
            return Task.FromResult(new DataExtent(box.IsNull ? null : box, dates.Count > 0 ? dates.Min() : null, dates.Count > 0 ? dates.Max() : null));
        }
        if (layer == ExtentOf.Borders)
        {
            foreach (var border in _memory.Borders()) box.ExpandToInclude(border.Geometry.EnvelopeInternal);
            return Task.FromResult(new DataExtent(box.IsNull ? null : box, null, null));
        }
        var incidents = _memory.Incidents(null);
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
        var box = filter.Bbox is { } b ? GeometryFactories.Wgs84.ToGeometry(b) : null;
        var matches = _memory.Borders()
            .Where(l => box is null || l.Geometry.Intersects(box))
            .Where(l => filter.Country is not { } c || l.CountryA == c || l.CountryB == c)
            .OrderBy(l => l.Id, StringComparer.Ordinal)
            .ToList();
        return Task.FromResult(new Page<BorderLine>([.. matches.Skip(filter.Offset).Take(filter.Limit)], matches.Count));
    }

    public Task<BorderLine?> GetBorderAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(_memory.Border(id));

    public Task<Page<NearBorderIncident>?> QueryNearBorderAsync(NearBorderQuery query, CancellationToken cancellationToken)
    {
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
            .Select(i => new NearBorderIncident(i, nearest[i.Id] / 1000))
            .OrderBy(n => n.DistanceKm).ThenBy(n => n.Incident.Id)
            .ToList();
        var page = new Page<NearBorderIncident>([.. matches.Skip(query.Filter.Offset).Take(query.Filter.Limit)], matches.Count);
        return Task.FromResult<Page<NearBorderIncident>?>(page);
    }

    private IEnumerable<StoredIncident> Filter(IncidentFilter filter)
    {
        var (from, to) = StoredIncidents.Days(filter);
        var types = filter.Types is { Count: > 0 } t ? t.ToHashSet(StringComparer.Ordinal) : null;
        return _memory.Incidents(filter.Bbox).Where(i =>
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
