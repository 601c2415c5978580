using IncidentMap.Geoparsing.Parsing;
using IncidentMap.Geoparsing.Places;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace IncidentMap.Server.Storage.PostGis;

/// <summary>The store on PostgreSQL with PostGIS: geometry columns in SRID 4326, distances on the spheroid.</summary>
public sealed partial class PostGisIncidentStore(IDbContextFactory<IncidentDbContext> contexts) : IIncidentStore
{
    public async Task InitializeAsync(Gazetteer gazetteer, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        await BorderSync.RunAsync(db, gazetteer, cancellationToken);
    }

    public async Task<AddArticleResult> AddArticleAsync(NewArticle article, GeoparseResult parse, CancellationToken cancellationToken)
    {
        var plan = IngestPlan.Create(article, parse);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await FindByHashAsync(db, plan.ContentHash, cancellationToken) is { } existing) return existing;

        var row = new ArticleRow
        {
            Title = article.Title,
            Text = article.Text,
            Published = article.Published?.ToUniversalTime(),
            Source = article.Source,
            Url = article.Url,
            ContentHash = plan.ContentHash,
            IngestedAt = DateTimeOffset.UtcNow,
            Incidents = [.. plan.Incidents.Select(ToRow)],
        };
        try
        {
            // One transaction: the places, the article and its incidents are all written or none is.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await InsertMissingPlacesAsync(db, plan.Places, cancellationToken);
            db.Articles.Add(row);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // The same text committed concurrently: answer with that article.
            await using var fresh = await contexts.CreateDbContextAsync(cancellationToken);
            return await FindByHashAsync(fresh, plan.ContentHash, cancellationToken) ?? throw new InvalidOperationException("Duplicate article vanished.", e);
        }

        var stored = ToStored(row);
        var reference = new ArticleRef(row.Id, row.Title, row.Source, row.Url, row.Published);
        var incidents = plan.Incidents.Select((d, i) => StoredIncidents.From(d, row.Incidents[i].Id, reference)).ToArray();
        return new AddArticleResult(stored, incidents, Created: true);
    }

    public async Task<StoredArticle?> GetArticleAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        return row is null ? null : ToStored(row);
    }

    public async Task<bool> DeleteArticleAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Incidents and their place links go by ON DELETE CASCADE; places stay, other incidents may share them.
        return await db.Articles.Where(a => a.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return await db.Database.CanConnectAsync(cancellationToken);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            return false;
        }
    }

    private static async Task<AddArticleResult?> FindByHashAsync(IncidentDbContext db, string hash, CancellationToken cancellationToken)
    {
        var row = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.ContentHash == hash, cancellationToken);
        if (row is null) return null;
        var incidents = await Project(db.Incidents.Where(i => i.ArticleId == row.Id).OrderBy(i => i.Ordinal)).ToListAsync(cancellationToken);
        return new AddArticleResult(ToStored(row), incidents, Created: false);
    }

    private static async Task InsertMissingPlacesAsync(IncidentDbContext db, IReadOnlyList<Place> places, CancellationToken cancellationToken)
    {
        if (places.Count == 0) return;
        var ids = places.Select(p => p.Id).ToArray();
        // Look first so the large polygons of places already stored are not sent again.
        var known = await db.Places.Where(p => ids.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken);
        var inserted = new List<string>();
        foreach (var place in places.Where(p => !known.Contains(p.Id)))
        {
            var kind = place.Kind.ToString();
            var geometry = place.Geometry;
            var rows = await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO places (id, kind, name, code, country_code, lat, lon, geometry)
                VALUES ({place.Id}, {kind}, {place.Name}, {place.Code}, {place.CountryCode}, {place.Lat}, {place.Lon}, {geometry})
                ON CONFLICT (id) DO NOTHING
                """,
                cancellationToken);
            if (rows == 1) inserted.Add(place.Id);
        }
        if (inserted.Count > 0) await BorderDistances.MeasurePlacesAsync(db, [.. inserted], cancellationToken);
    }

    private static IncidentRow ToRow(IncidentDraft draft, int ordinal) => new()
    {
        Ordinal = ordinal,
        Type = draft.Incident.Type,
        Subtype = draft.Incident.Subtype,
        Date = draft.Incident.Date,
        DatePrecision = draft.Incident.DatePrecision,
        GeoPrecision = draft.Incident.GeoPrecision,
        Summary = draft.Summary,
        SummaryStart = draft.SummarySpan.Start,
        SummaryEnd = draft.SummarySpan.End,
        Actors = [.. draft.Incident.Actors],
        Countries = [.. draft.Countries],
        Location = draft.Location,
        Places = [.. draft.Mentions.Select((m, i) => new IncidentPlaceRow
        {
            Ordinal = i,
            PlaceId = m.Place.Id,
            Mention = m.Text,
            MentionStart = m.Start,
            MentionEnd = m.End,
        })],
    };

    private static StoredArticle ToStored(ArticleRow row) => new()
    {
        Id = row.Id,
        Title = row.Title,
        Text = row.Text,
        Published = row.Published,
        Source = row.Source,
        Url = row.Url,
        ContentHash = row.ContentHash,
        IngestedAt = row.IngestedAt,
    };
}
