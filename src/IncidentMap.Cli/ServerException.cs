using System.Net;

namespace IncidentMap.Cli;

/// <summary>The server refused a request (its status and words) or could not be reached (no status).</summary>
internal sealed class ServerException(string message, HttpStatusCode? status) : Exception(message)
{
    public HttpStatusCode? Status { get; } = status;
}
