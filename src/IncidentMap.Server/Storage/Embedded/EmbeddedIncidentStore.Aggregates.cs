using NetTopologySuite.Geometries;

namespace IncidentMap.Server.Storage.Embedded;

public sealed partial class EmbeddedIncidentStore
{
    public Task<IReadOnlyList<IncidentCluster>> ClusterIncidentsAsync(IncidentFilter filter, int zoom, CancellationToken cancellationToken)
    {
        var clusters = Filter(filter)
            .Where(i => i.Location is not null)
            .GroupBy(i => ClusterGrid.Cell(i.Location!.X, i.Location.Y, zoom))
            .Select(cell =>
            {
                var bounds = new Envelope();
                foreach (var i in cell) bounds.ExpandToInclude(i.Location!.Coordinate);
                var types = cell.GroupBy(i => i.Type, StringComparer.Ordinal).ToDictionary(t => t.Key, t => (long)t.Count(), StringComparer.Ordinal);
                return new IncidentCluster(cell.Count(), cell.Average(i => i.Location!.X), cell.Average(i => i.Location!.Y), bounds, types);
            })
            .ToList();
        return Task.FromResult<IReadOnlyList<IncidentCluster>>(clusters);
    }

    public Task<IReadOnlyList<DayCount>> CountByDayAsync(IncidentFilter filter, CancellationToken cancellationToken)
    {
        var days = Filter(filter)
            .Where(i => i.Date is not null)
            .GroupBy(i => i.Date!.Value)
            .Select(d => new DayCount(d.Key, d.Count()))
            .OrderBy(d => d.Day)
            .ToList();
        return Task.FromResult<IReadOnlyList<DayCount>>(days);
    }
}
