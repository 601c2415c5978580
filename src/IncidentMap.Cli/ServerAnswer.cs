using System.Net;
using System.Text.Json;

namespace IncidentMap.Cli;

/// <summary>A successful answer of the server: its status and JSON body.</summary>
internal sealed record ServerAnswer(HttpStatusCode Status, JsonElement Body);
