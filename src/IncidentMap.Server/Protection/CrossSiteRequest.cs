using System.Net;

namespace IncidentMap.Server.Protection;

/// <summary>
/// Tells a write sent by a page on another site from one sent by the map page or by a tool. Browsers mark every
/// request with <c>Sec-Fetch-Site</c> (and cross-origin writes with <c>Origin</c>); a page cannot forge either, even
/// with <c>mode: 'no-cors'</c>. Tools such as curl and the command line send neither and are not browsers.
/// </summary>
public static class CrossSiteRequest
{
    /// <summary>True when a browser sent the request from another origin: <c>Sec-Fetch-Site</c> other than
    /// <c>same-origin</c> or <c>none</c>, else an <c>Origin</c> that is opaque or names another host.</summary>
    public static bool IsCrossSite(HttpRequest request)
    {
        // Trusted over Origin because it does not depend on the host and scheme a reverse proxy may rewrite.
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0) return !(site.Equals("same-origin", StringComparison.OrdinalIgnoreCase) || site.Equals("none", StringComparison.OrdinalIgnoreCase));
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0) return false;
        return !Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            || !string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when the Host header names this machine (localhost or a loopback address). A page that rebinds
    /// its own domain name to 127.0.0.1 sends its domain here, so this keeps keyless loopback writes to local pages.</summary>
    public static bool NamesLoopback(HostString host)
    {
        var name = host.Host;
        if (name.Equals("localhost", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)) return true;
        return IPAddress.TryParse(name.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
    }
}
