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
        if (SpecialAddressRange.EmbeddedIPv4(address) is { } inside) return NonPublicReason(inside);
        return SpecialAddressRange.All.FirstOrDefault(r => r.Network.Contains(address))?.Reason;
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
