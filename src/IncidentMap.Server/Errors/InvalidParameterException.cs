namespace IncidentMap.Server.Errors;

/// <summary>A request parameter that cannot be used; answered with 400 problem+json naming the parameter.</summary>
public sealed class InvalidParameterException(string parameter, string message) : Exception(message)
{
    /// <summary>The query parameter (or body member) at fault: <c>bbox</c>, <c>datetime</c>, <c>km</c>.</summary>
    public string Parameter { get; } = parameter;
}
