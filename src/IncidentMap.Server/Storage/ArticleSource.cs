namespace IncidentMap.Server.Storage;

/// <summary>One published copy of an article: the outlet that ran it, where, under which title and when. A wire story
/// carried by two outlets is one article with two sources.</summary>
public sealed record ArticleSource(string? Outlet, string? Url, string? Title, DateTimeOffset? Published, DateTimeOffset AddedAt)
{
    /// <summary>What tells this copy from an article's other copies: its canonical address, else its outlet; null when
    /// it has neither, so a text posted again without either adds no source.</summary>
    internal string? Key => CanonicalUrl.Of(Url) ?? (Outlet is { Length: > 0 } outlet ? "outlet:" + outlet.Trim().ToLowerInvariant() : null);
}
