using System.Net;
using System.Net.Sockets;

namespace IncidentMap.Server.Feeds;

/// <summary>
/// Keeps the server from fetching inside the network it runs in: every connection the feed client opens (the feed,
/// each redirect, each article page) is checked on the address it actually connects to, after DNS, so a public name
/// that resolves to a private address is refused as well.
/// </summary>
public static class AddressGuard
{
    /// <summary>Why an address is not public (<c>"a loopback address"</c>), or null when it is.</summary>
    public static string? NonPublicReason(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        var b = address.GetAddressBytes();
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return b[0] switch
            {
                0 => "a 'this network' address",
                10 => "a private address",
                100 when b[1] is >= 64 and < 128 => "a shared (carrier-grade NAT) address",
                127 => "a loopback address",
                169 when b[1] == 254 => "a link-local address",
                172 when b[1] is >= 16 and < 32 => "a private address",
                192 when b[1] == 168 => "a private address",
                192 when b[1] == 0 && b[2] is 0 or 2 => "a reserved address",
                192 when b[1] == 88 && b[2] == 99 => "a reserved address",
                198 when b[1] is 18 or 19 => "a benchmarking address",
                198 when b[1] == 51 && b[2] == 100 => "a documentation address",
                203 when b[1] == 0 && b[2] == 113 => "a documentation address",
                >= 224 and < 240 => "a multicast address",
                >= 240 => "a reserved address",
                _ => null,
            };
        }
        if (IPAddress.IsLoopback(address)) return "a loopback address";
        if (address.Equals(IPAddress.IPv6None)) return "an unspecified address";
        if (address.IsIPv6LinkLocal) return "a link-local address";
        if (address.IsIPv6SiteLocal) return "a site-local address";
        if (address.IsIPv6Multicast) return "a multicast address";
        if ((b[0] & 0xFE) == 0xFC) return "a private (unique local) address";
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8) return "a documentation address";
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0) return "a Teredo tunnel address";
        // Addresses that carry an IPv4 address inside: NAT64 (64:ff9b::/96) and 6to4 (2002::/16) are as public as it.
        if (b[0] == 0 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B && b[4..12].All(x => x == 0)) return NonPublicReason(new IPAddress(b[12..16]));
        if (b[0] == 0x20 && b[1] == 0x02) return NonPublicReason(new IPAddress(b[2..6]));
        if (b[..12].All(x => x == 0)) return "a reserved (IPv4-compatible) address";
        if (b[0] == 0x01 && b[1] == 0 && b[2..8].All(x => x == 0)) return "a discard-only address";
        return null;
    }

    /// <summary>The connect step of the feed client: resolves the host, refuses it when <paramref name="refuse"/> gives
    /// a reason for any of its addresses, then connects to the first address that answers.</summary>
    public static async ValueTask<Stream> ConnectAsync(DnsEndPoint endPoint, Func<IPAddress, string?> refuse, CancellationToken cancellationToken)
    {
        IPAddress[] addresses;
        if (IPAddress.TryParse(endPoint.Host.Trim('[', ']'), out var literal)) addresses = [literal];
        else
        {
            try
            {
                addresses = await Dns.GetHostAddressesAsync(endPoint.Host, cancellationToken);
            }
            catch (SocketException e)
            {
                throw new HttpRequestException($"The host {endPoint.Host} could not be resolved ({e.SocketErrorCode}).", e);
            }
        }
        if (addresses.Length == 0) throw new HttpRequestException($"The host {endPoint.Host} has no address.");
        // One refused answer refuses the name: a resolver that mixes answers must not reach inside.
        foreach (var address in addresses)
        {
            if (refuse(address) is { } reason) throw new AddressRefusedException(endPoint.Host, address, reason);
        }
        Exception? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, endPoint.Port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                last = e;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        throw new HttpRequestException($"Could not connect to {endPoint.Host}:{endPoint.Port} ({(last as SocketException)?.SocketErrorCode}).", last);
    }
}
