using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace IncidentMap.Server.Storage.Embedded;

/// <summary>
/// The statements every ingest runs, prepared once per connection and reused: SQLite keeps a command's compiled
/// statement while its text stays the same, and preparing it again for each article would be a good share of the
/// ingest's work. Used only under the store's write lock, like the connection itself.
/// </summary>
internal static class EmbeddedCommands
{
    private static readonly ConditionalWeakTable<SqliteConnection, Dictionary<string, SqliteCommand>> _cache = [];

    /// <summary>The connection's command for this statement, with no parameters yet; do not dispose it.</summary>
    public static SqliteCommand Prepared(SqliteConnection connection, string sql)
    {
        var commands = _cache.GetOrCreateValue(connection);
        if (!commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            commands[sql] = command;
        }
        command.Parameters.Clear();
        // A command takes the connection's open transaction when it is created; a reused one must take the current
        // one, which only a new command can tell (the connection keeps it to itself).
        using (var probe = connection.CreateCommand()) command.Transaction = probe.Transaction;
        return command;
    }
}
