using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace IncidentMap.Server.Errors;

/// <summary>
/// Whether an exception means the database cannot serve right now (PostgreSQL stopped, restarting, refusing
/// connections, out of connections, a command timing out; the embedded file busy or out of space), which is a 503
/// the client may retry, not a fault of the server's.
/// </summary>
public static class DatabaseOutage
{
    // admin_shutdown, crash_shutdown, cannot_connect_now; too_many_connections, out of memory or disk.
    private static readonly HashSet<string> _unavailableStates = ["57P01", "57P02", "57P03", "53000", "53100", "53200", "53300", "53400", "58000", "58030"];

    // SQLITE_BUSY, SQLITE_LOCKED, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN.
    private static readonly HashSet<int> _sqliteUnavailable = [5, 6, 10, 13, 14];

    public static bool Is(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException postgres when postgres.SqlState.StartsWith("08", StringComparison.Ordinal) || _unavailableStates.Contains(postgres.SqlState):
                case NpgsqlException { IsTransient: true }:
                case SqliteException sqlite when _sqliteUnavailable.Contains(sqlite.SqliteErrorCode & 0xFF):
                case TimeoutException or SocketException:
                    return true;
                case AggregateException aggregate:
                    return aggregate.InnerExceptions.Any(Is);
                default:
                    break;
            }
        }
        return false;
    }
}
