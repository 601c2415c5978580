namespace IncidentMap.Server.Tests.Sweep;

/// <summary>One generated request of the sweep: what it sends and, when it mutates one parameter, that parameter's
/// name, which a 400 must carry.</summary>
public sealed record HostileRequest(string Method, string PathAndQuery, string? Parameter = null)
{
    /// <summary>Content-Type header as sent, verbatim (may be malformed), with the body bytes.</summary>
    public (string? ContentType, byte[] Body)? Content { get; init; }

    /// <summary>Extra request headers, verbatim.</summary>
    public IReadOnlyList<(string Name, string Value)> Headers { get; init; } = [];

    public override string ToString()
    {
        var query = PathAndQuery.Length > 160 ? PathAndQuery[..160] + "…" : PathAndQuery;
        var body = Content is { } c ? $" [{c.ContentType ?? "no type"}, {c.Body.Length} B]" : "";
        var headers = Headers.Count > 0 ? $" [{string.Join(", ", Headers.Select(h => $"{h.Name}: {(h.Value.Length > 40 ? h.Value[..40] + "…" : h.Value)}"))}]" : "";
        return $"{Method} {query}{body}{headers}";
    }
}
