using Microsoft.EntityFrameworkCore;

namespace IncidentMap.Server.Storage.PostGis;

/// <summary>
/// Every write to the store says so on one PostgreSQL channel, inside its transaction (PostgreSQL delivers a
/// notification at commit, and never for a rolled-back write), so every server instance and the command line's writes
/// reach every instance's cache.
/// </summary>
internal static class StoreNotifications
{
    public const string Channel = "incidentmap_changes";

    public static Task NotifyAsync(IncidentDbContext db, string what, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_notify({Channel}, {what})", cancellationToken);
}
