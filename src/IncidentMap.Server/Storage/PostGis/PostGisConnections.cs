using Npgsql;

namespace IncidentMap.Server.Storage.PostGis;

/// <summary>
/// Where PostGIS work goes. One setting, <c>ConnectionStrings:IncidentMap</c>, may list several hosts (a primary and
/// its streaming standbys); writes, migrations, start-up work and the change channel then go to the primary, and reads
/// prefer a standby, spread over the standbys and falling back on the primary when none answers.
/// <c>ConnectionStrings:IncidentMapRead</c>, when set, is used for reads instead.
/// </summary>
public sealed class PostGisConnections
{
    public PostGisConnections(string connectionString, string? readConnectionString = null)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var multiHost = builder.Host?.Contains(',', StringComparison.Ordinal) == true;
        Primary = With(builder, b =>
        {
            if (multiHost) b.TargetSessionAttributes = "primary";
            // The ingest sends the same few statements thousands of times an hour: prepared once per connection they
            // skip parsing and planning (the database's CPU for 10,000 feed items fell from 21.1 s to 18.6 s). Reads
            // stay unprepared: a generic plan for one map box can be far worse than the box's own.
            if (b.MaxAutoPrepare == 0) b.MaxAutoPrepare = WritesPrepared;
        });
        Read = !string.IsNullOrWhiteSpace(readConnectionString) ? readConnectionString
            : multiHost ? With(builder, b => { b.TargetSessionAttributes = "prefer-standby"; b.LoadBalanceHosts = true; })
            : connectionString;
        Listener = With(new NpgsqlConnectionStringBuilder(Primary), b => b.KeepAlive = 10);
    }

    /// <summary>How many statements each primary connection keeps prepared, unless the connection string says.</summary>
    public const int WritesPrepared = 64;

    /// <summary>Writes, migrations and start-up work.</summary>
    public string Primary { get; }

    /// <summary>Layer, near-border, OGC and stream reads.</summary>
    public string Read { get; }

    /// <summary>The change channel's connection: the primary, with keepalives so a dead connection is noticed.</summary>
    public string Listener { get; }

    /// <summary>Every host the primary and read connection strings name, each on its own, without pooling.</summary>
    public IReadOnlyList<DatabaseHost> Hosts()
    {
        var hosts = new List<DatabaseHost>();
        foreach (var connectionString in new[] { Primary, Read })
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            foreach (var entry in (builder.Host ?? "localhost").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                // Npgsql writes a host's own port as host:port; the rest take the Port setting.
                var colon = entry.LastIndexOf(':');
                var name = colon > 0 && !entry.EndsWith(']') ? entry : $"{entry}:{builder.Port}";
                if (hosts.Any(h => h.Name == name)) continue;
                var single = With(builder, b =>
                {
                    b.Host = entry;
                    b.TargetSessionAttributes = null;
                    b.LoadBalanceHosts = false;
                    b.Pooling = false;
                    b.Timeout = 3;
                });
                hosts.Add(new DatabaseHost(name, single));
            }
        }
        return hosts;
    }

    public async Task<NpgsqlConnection> OpenListenerAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(Listener);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private static string With(NpgsqlConnectionStringBuilder source, Action<NpgsqlConnectionStringBuilder> change)
    {
        var copy = new NpgsqlConnectionStringBuilder(source.ConnectionString);
        change(copy);
        return copy.ConnectionString;
    }
}
