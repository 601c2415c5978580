using System.Net;

namespace IncidentMap.Server.Feeds;

/// <summary>A block of the IANA special-purpose address registries, and why the feed client will not fetch from it.</summary>
public sealed record SpecialAddressRange(IPNetwork Network, string Reason)
{
    /// <summary>The blocks, most specific first where they nest (<c>::1</c> and <c>::</c> inside <c>::/96</c>).</summary>
    public static IReadOnlyList<SpecialAddressRange> All { get; } =
    [
        new(IPNetwork.Parse("0.0.0.0/8"), "a 'this network' address"),
        new(IPNetwork.Parse("10.0.0.0/8"), "a private address"),
        new(IPNetwork.Parse("100.64.0.0/10"), "a shared (carrier-grade NAT) address"),
        new(IPNetwork.Parse("127.0.0.0/8"), "a loopback address"),
        new(IPNetwork.Parse("169.254.0.0/16"), "a link-local address"),
        new(IPNetwork.Parse("172.16.0.0/12"), "a private address"),
        new(IPNetwork.Parse("192.0.0.0/24"), "a reserved address"),
        new(IPNetwork.Parse("192.0.2.0/24"), "a reserved address"),
        new(IPNetwork.Parse("192.88.99.0/24"), "a reserved address"),
        new(IPNetwork.Parse("192.168.0.0/16"), "a private address"),
        new(IPNetwork.Parse("198.18.0.0/15"), "a benchmarking address"),
        new(IPNetwork.Parse("198.51.100.0/24"), "a documentation address"),
        new(IPNetwork.Parse("203.0.113.0/24"), "a documentation address"),
        new(IPNetwork.Parse("224.0.0.0/4"), "a multicast address"),
        new(IPNetwork.Parse("240.0.0.0/4"), "a reserved address"),
        new(IPNetwork.Parse("::1/128"), "a loopback address"),
        new(IPNetwork.Parse("::/128"), "an unspecified address"),
        new(IPNetwork.Parse("::/96"), "a reserved (IPv4-compatible) address"),
        new(IPNetwork.Parse("100::/64"), "a discard-only address"),
        new(IPNetwork.Parse("2001::/32"), "a Teredo tunnel address"),
        new(IPNetwork.Parse("2001:db8::/32"), "a documentation address"),
        new(IPNetwork.Parse("fc00::/7"), "a private (unique local) address"),
        new(IPNetwork.Parse("fe80::/10"), "a link-local address"),
        new(IPNetwork.Parse("fec0::/10"), "a site-local address"),
        new(IPNetwork.Parse("ff00::/8"), "a multicast address"),
    ];

    /// <summary>NAT64 (<c>64:ff9b::/96</c>) and 6to4 (<c>2002::/16</c>) carry an IPv4 address, and are as public as it.</summary>
    public static IPAddress? EmbeddedIPv4(IPAddress address)
    {
        var b = address.GetAddressBytes();
        if (_nat64.Contains(address)) return new IPAddress(b[12..16]);
        if (_sixToFour.Contains(address)) return new IPAddress(b[2..6]);
        return null;
    }

    private static readonly IPNetwork _nat64 = IPNetwork.Parse("64:ff9b::/96");
    private static readonly IPNetwork _sixToFour = IPNetwork.Parse("2002::/16");
}
