using IncidentMap.Geoparsing;
using IncidentMap.Geoparsing.Parsing;
using IncidentMap.Geoparsing.Places;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace IncidentMap.Server.Storage.PostGis;

public sealed partial class PostGisIncidentStore
{
    private static readonly PlaceKind[] _areaKinds = [.. Enum.GetValues<PlaceKind>().Where(IngestPlan.IsArea)];

    public async Task<Page<StoredIncident>> QueryIncidentsAsync(IncidentFilter filter, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var incidents = Filter(db.Incidents, filter);
        var total = await incidents.LongCountAsync(cancellationToken);
        if (filter.After is { } after)
            incidents = incidents.Where(i => i.ArticleId < after.ArticleId || (i.ArticleId == after.ArticleId && i.Id > after.IncidentId));
        var page = incidents.OrderByDescending(i => i.ArticleId).ThenBy(i => i.Id).Skip(filter.Offset).Take(filter.Limit);
        return new Page<StoredIncident>(await Project(page).ToListAsync(cancellationToken), total);
    }

    public async Task<StoredIncident?> GetIncidentAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await _readContexts.CreateDbContextAsync(cancellationToken);
        return await Project(db.Incidents.Where(i => i.Id == id)).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<Page<Area>> QueryAreasAsync(IncidentFilter filter, CancellationToken cancellationToken)
    {
        // One pass over the areas' incident links gives the page and, beside each row, how many areas there are.
        var counts = new List<(string PlaceId, long Count)>();
        long? total = null;
        await using (var connection = await OpenAsync(cancellationToken))
        await using (var command = connection.CreateCommand())
        {
            command.CommandTimeout = ReadTimeoutSeconds;
            var where = IncidentConditions.Where(filter with { After = null }, command.Parameters);
            command.Parameters.AddWithValue("kinds", _areaKinds.Select(k => k.ToString()).ToArray());
            var counted = $"""
                SELECT ip.place_id, count(DISTINCT ip.incident_id) AS n
                FROM incident_places ip
                JOIN places p ON p.id = ip.place_id AND p.kind = ANY(@kinds)
                JOIN incidents i ON i.id = ip.incident_id
                WHERE {where}
                GROUP BY ip.place_id
                """;
            command.CommandText = $"""
                SELECT c.place_id, c.n, count(*) OVER () FROM ({counted}) c
                ORDER BY c.n DESC, c.place_id COLLATE "C"{IncidentConditions.Page(filter)}
                """;
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    counts.Add((reader.GetString(0), reader.GetInt64(1)));
                    total = reader.GetInt64(2);
                }
            }
            if (total is null && filter.Offset > 0)
            {
                // A page past the end has no row to carry the total.
                command.CommandText = $"SELECT count(*) FROM ({counted}) c";
                total = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
            }
        }
        var ids = counts.Select(c => c.PlaceId).ToArray();
        await using var db = await _readContexts.CreateDbContextAsync(cancellationToken);
        var places = await db.Places.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        return new Page<Area>([.. counts.Select(c => ToArea(places[c.PlaceId], c.Count))], total ?? 0);
    }

    public async Task<DataExtent> GetExtentAsync(ExtentOf layer, CancellationToken cancellationToken)
    {
        // ST_Extent over the layer's geometries; the dates come from the incidents table for both incident layers.
        var geometries = layer switch
        {
            ExtentOf.Incidents => "SELECT location AS g FROM incidents",
            ExtentOf.Areas => "SELECT p.geometry AS g FROM places p WHERE p.kind = ANY(@kinds) "
                              + "AND EXISTS (SELECT 1 FROM incident_places ip WHERE ip.place_id = p.id)",
            ExtentOf.Events => "SELECT location AS g FROM events",
            _ => "SELECT p.geometry AS g FROM borders b JOIN places p ON p.id = b.place_id",
        };
        var dates = layer switch
        {
            ExtentOf.Borders => "NULL::date, NULL::date",
            // The dates of what is on the map: located incidents and events only.
            ExtentOf.Events => "(SELECT min(date) FROM events WHERE location IS NOT NULL), (SELECT max(date) FROM events WHERE location IS NOT NULL)",
            _ => "(SELECT min(date) FROM incidents WHERE location IS NOT NULL), (SELECT max(date) FROM incidents WHERE location IS NOT NULL)",
        };
        await using var db = await _readContexts.CreateDbContextAsync(cancellationToken);
        var connection = (Npgsql.NpgsqlConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = new Npgsql.NpgsqlCommand(
            $"SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e), {dates} FROM (SELECT ST_Extent(g) AS e FROM ({geometries}) s) x",
            connection);
        command.Parameters.AddWithValue("kinds", _areaKinds.Select(k => k.ToString()).ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var box = reader.IsDBNull(0) ? null : new Envelope(reader.GetDouble(0), reader.GetDouble(2), reader.GetDouble(1), reader.GetDouble(3));
        DateOnly? Date(int i) => reader.IsDBNull(i) ? null : reader.GetFieldValue<DateOnly>(i);
        return new DataExtent(box, Date(4), Date(5));
    }

    public async Task<Area?> GetAreaAsync(string placeId, CancellationToken cancellationToken)
    {
        await using var db = await _readContexts.CreateDbContextAsync(cancellationToken);
        var place = await db.Places.AsNoTracking().FirstOrDefaultAsync(p => p.Id == placeId && _areaKinds.Contains(p.Kind), cancellationToken);
        if (place is null) return null;
        var count = await db.IncidentPlaces.Where(ip => ip.PlaceId == placeId).Select(ip => ip.IncidentId).Distinct().LongCountAsync(cancellationToken);
        return count == 0 ? null : ToArea(place, count);
    }

    public async Task<Page<BorderLine>> QueryBordersAsync(BorderFilter filter, CancellationToken cancellationToken)
    {
        await using var db = await _readContexts.CreateDbContextAsync(cancellationToken);
        var borders = db.Borders.AsNoTracking();
        if (filter.Bbox is { } box)
        {
            var polygon = Polygons(box);
            borders = borders.Where(b => b.Place!.Geometry.Intersects(polygon));
        }
        if (filter.Country is { } country) borders = borders.Where(b => b.CountryA == country || b.CountryB == country);
        var total = await borders.LongCountAsync(cancellationToken);
        var page = await ProjectBorders(borders.OrderBy(b => EF.Functions.Collate(b.PlaceId, "C")).Skip(filter.Offset).Take(filter.Limit)).ToListAsync(cancellationToken);
        return new Page<BorderLine>(page, total);
    }

    public async Task<BorderLine?> GetBorderAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await _readContexts.CreateDbContextAsync(cancellationToken);
        return await ProjectBorders(db.Borders.Where(b => b.PlaceId == id)).FirstOrDefaultAsync(cancellationToken);
    }

    private static IQueryable<IncidentRow> Filter(IQueryable<IncidentRow> incidents, IncidentFilter filter)
    {
        if (filter.Bbox is { } box)
        {
            var polygon = Polygons(box);
            incidents = incidents.Where(i => i.Location != null && i.Location.Intersects(polygon));
        }
        var (from, to) = StoredIncidents.Days(filter);
        if (from is { } first) incidents = incidents.Where(i => i.Date >= first);
        if (to is { } last) incidents = incidents.Where(i => i.Date <= last);
        if (filter.Types is { Count: > 0 } list)
        {
            var types = list.ToArray();
            incidents = incidents.Where(i => types.Contains(i.Type) || types.Contains(i.Subtype));
        }
        if (filter.Country is { } country) incidents = incidents.Where(i => i.Countries.Contains(country));
        if (filter.ArticleId is { } article) incidents = incidents.Where(i => i.ArticleId == article);
        return incidents;
    }

    internal static IQueryable<StoredIncident> Project(IQueryable<IncidentRow> incidents) =>
        incidents.AsNoTracking().Select(i => new StoredIncident
        {
            Id = i.Id,
            Type = i.Type,
            Subtype = i.Subtype,
            Date = i.Date,
            DatePrecision = i.DatePrecision,
            GeoPrecision = i.GeoPrecision,
            Summary = i.Summary,
            SummarySpan = new TextSpan(i.SummaryStart, i.SummaryEnd),
            Actors = i.Actors,
            Countries = i.Countries,
            Location = i.Location,
            Places = i.Places.OrderBy(p => p.Ordinal).Select(p => new IncidentPlace(
                p.PlaceId, p.Place!.Kind, p.Place.Name, p.Place.Code, p.Place.CountryCode, p.Mention, p.MentionStart, p.MentionEnd)).ToList(),
            Article = new ArticleRef(i.ArticleId, i.Article!.Title, i.Article.Source, i.Article.Url, i.Article.Published),
            EventId = i.EventId,
        });

    private static IQueryable<BorderLine> ProjectBorders(IQueryable<BorderRow> borders) =>
        borders.AsNoTracking().Select(b => new BorderLine(b.PlaceId, b.CountryA, b.NameA, b.CountryB, b.NameB, b.LengthKm, b.Place!.Geometry));

    /// <summary>The box as one geometry: a polygon, or two across the antimeridian.</summary>
    private static Geometry Polygons(GeoBox box) =>
        box.Parts.Count == 1
            ? GeometryFactories.Wgs84.ToGeometry(box.Parts[0])
            : GeometryFactories.Wgs84.CreateMultiPolygon([.. box.Parts.Select(e => (Polygon)GeometryFactories.Wgs84.ToGeometry(e))]);

    private static Area ToArea(PlaceRow place, long count) =>
        new(place.Id, place.Kind, place.Name, place.Code, place.CountryCode, place.Geometry, count);

}
