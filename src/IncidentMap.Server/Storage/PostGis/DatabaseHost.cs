namespace IncidentMap.Server.Storage.PostGis;

/// <summary>One host of a (possibly multi-host) connection string, with a connection string naming it alone.</summary>
/// <param name="Name">host:port, as the health report shows it.</param>
/// <param name="ConnectionString">The connection string with this host alone, unpooled.</param>
public sealed record DatabaseHost(string Name, string ConnectionString);
