using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace IncidentMap.Server.Storage.PostGis;

/// <summary>
/// The read path of every incident layer, download and near-border answer: Npgsql rows straight to the writer, each
/// incident's properties as the bytes rendered at ingest, no EF materialisation.
/// </summary>
public sealed partial class PostGisIncidentStore
{
    /// <summary>No read may hold a connection longer than this (a client gives up sooner).</summary>
    internal const int ReadTimeoutSeconds = 15;

    private string? _connectionString;

    /// <summary>Columns of a rendered incident, in <see cref="ReadRendered"/>'s order.</summary>
    internal const string RenderedColumns = "i.id, i.article_id, ST_X(i.location), ST_Y(i.location), i.rendered_properties, i.event_id";

    public async IAsyncEnumerable<RenderedIncident> ReadIncidentsAsync(IncidentFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandTimeout = ReadTimeoutSeconds;
        var where = IncidentConditions.Where(filter, command.Parameters);
        command.CommandText = $"SELECT {RenderedColumns} FROM incidents i WHERE {where} ORDER BY i.article_id DESC, i.id{IncidentConditions.Page(filter)}";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) yield return ReadRendered(reader);
    }

    public async Task<long> CountIncidentsAsync(IncidentFilter filter, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandTimeout = ReadTimeoutSeconds;
        command.CommandText = $"SELECT count(*) FROM incidents i WHERE {IncidentConditions.Where(filter, command.Parameters, withCursor: false)}";
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    internal static RenderedIncident ReadRendered(NpgsqlDataReader reader, int at = 0) => new(
        reader.GetInt64(at),
        reader.GetInt64(at + 1),
        reader.IsDBNull(at + 2) ? null : reader.GetDouble(at + 2),
        reader.IsDBNull(at + 3) ? null : reader.GetDouble(at + 3),
        reader.GetFieldValue<byte[]>(at + 4),
        reader.IsDBNull(at + 5) ? null : reader.GetInt64(at + 5));

    /// <summary>A plain Npgsql connection for reads, from the same pool EF's reads use.</summary>
    internal async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (_connectionString is null)
        {
            await using var db = await _readContexts.CreateDbContextAsync(cancellationToken);
            // The reads are a handful of statements run over and over: prepared once per connection, PostgreSQL plans
            // them once (unless the connection string says otherwise).
            var builder = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
            if (builder.MaxAutoPrepare == 0) builder.MaxAutoPrepare = 32;
            _connectionString = builder.ConnectionString;
        }
        var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
