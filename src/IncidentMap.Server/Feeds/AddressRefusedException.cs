using System.Net;

namespace IncidentMap.Server.Feeds;

/// <summary>A connection the address guard refused: the host resolved to a loopback, private, link-local or otherwise
/// non-public address.</summary>
public sealed class AddressRefusedException(string host, IPAddress address, string reason)
    : HttpRequestException(Describe(host, address, reason))
{
    public IPAddress Address { get; } = address;

    private static string Describe(string host, IPAddress address, string reason) =>
        (host.Trim('[', ']') == address.ToString() ? $"Refused: {address} is {reason}" : $"Refused: {host} resolves to {address}, {reason}")
        + "; feeds and article pages are fetched from public addresses only (INCIDENTMAP_FEEDS_ALLOW_PRIVATE=true lifts this for test set-ups).";
}
