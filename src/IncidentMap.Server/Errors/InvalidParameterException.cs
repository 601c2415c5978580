namespace IncidentMap.Server.Errors;

/// <summary>A request parameter that cannot be used; answered with problem+json naming the parameter, 400 unless
/// another 4xx says it better (415 for a charset the server cannot decode).</summary>
public sealed class InvalidParameterException(string parameter, string message, int status = StatusCodes.Status400BadRequest) : Exception(message)
{
    /// <summary>The query parameter (or body member) at fault: <c>bbox</c>, <c>datetime</c>, <c>km</c>.</summary>
    public string Parameter { get; } = parameter;

    /// <summary>The 4xx status of the answer.</summary>
    public int Status { get; } = status;
}
