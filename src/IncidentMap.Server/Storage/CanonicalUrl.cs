using System.Text;

namespace IncidentMap.Server.Storage;

/// <summary>
/// The form of an address under which one published copy is known once: scheme and host in lower case, no default
/// port, no fragment, no trailing slash, no tracking parameters (<c>utm_*</c>, click ids, newsletter and share
/// markers), the other parameters in name order. Feeds are unique by it and articles matched by it.
/// </summary>
public static class CanonicalUrl
{
    // Parameters that say how a reader arrived, never which page it is.
    private static readonly HashSet<string> _tracking = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "gclsrc", "msclkid", "yclid", "twclid", "ttclid", "igshid",
        "li_fat_id", "mc_cid", "mc_eid", "mkt_tok", "_ga", "_gl", "_hsenc", "_hsmi", "hsctatracking", "ref", "ref_src",
        "ref_url", "cmp", "cmpid", "ocid", "smid", "smtyp", "sr_share", "ito", "xtor", "ns_mchannel", "ns_source",
        "ns_campaign", "ns_linkname", "ns_fee", "at_medium", "at_campaign", "at_custom1", "at_custom2", "at_custom3",
        "at_custom4", "wt.mc_id", "wt_mc", "spm", "__twitter_impression", "s_cid", "share", "rss", "feed",
    };

    /// <summary>The canonical form of an absolute http or https address, or null for anything else.</summary>
    public static string? Of(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https") || string.IsNullOrEmpty(uri.Host))
            return null;
        var text = new StringBuilder(url.Length);
        // IdnHost drops the brackets of an IPv6 literal; Host keeps them.
        var host = uri.HostNameType == UriHostNameType.IPv6 ? uri.Host : uri.IdnHost;
        text.Append(uri.Scheme).Append("://").Append(host.ToLowerInvariant());
        if (!uri.IsDefaultPort) text.Append(':').Append(uri.Port);
        var path = uri.AbsolutePath;
        if (path.Length > 1 && path.EndsWith('/')) path = path.TrimEnd('/');
        text.Append(path.Length == 0 ? "/" : path);
        var parameters = uri.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => (Pair: p, Name: Uri.UnescapeDataString(p.Split('=')[0].Replace('+', ' '))))
            .Where(p => !p.Name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) && !_tracking.Contains(p.Name))
            .OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Pair, StringComparer.Ordinal)
            .Select(p => p.Pair)
            .ToList();
        if (parameters.Count > 0) text.Append('?').AppendJoin('&', parameters);
        return text.ToString();
    }
}
