using System.Net;
using System.Net.Sockets;
using IncidentMap.Server.Feeds;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentMap.Server.Tests.Feeds;

/// <summary>Which addresses the feed client refuses. The classification is tested on parsed addresses: no traffic
/// leaves the machine. The internal blocks are checked from the guard's own table, at their edges, so the tests name
/// no internal address but loopback; the one connection test stays on loopback.</summary>
public sealed class AddressGuardTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.255.0.9")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("64:ff9b::7f00:1")]
    [InlineData("2002:7f00:1::1")]
    public void NonPublicReason_LoopbackInEveryForm_IsRefusedAsLoopback(string address) =>
        Assert.Equal("a loopback address", AddressGuard.NonPublicReason(IPAddress.Parse(address)));

    [Fact]
    public void SpecialRanges_CoverEveryKindOfInternalAddress()
    {
        var reasons = SpecialAddressRange.All.Select(r => r.Reason).ToHashSet();

        foreach (var kind in new[] { "a private address", "a link-local address", "a loopback address", "a shared (carrier-grade NAT) address",
            "a private (unique local) address", "a multicast address", "an unspecified address", "a 'this network' address" })
            Assert.Contains(kind, reasons);
        Assert.Equal(3, SpecialAddressRange.All.Count(r => r.Reason == "a private address" && r.Network.BaseAddress.AddressFamily == AddressFamily.InterNetwork));
    }

    [Fact]
    public void NonPublicReason_EveryRange_IsRefusedFromItsFirstToItsLastAddress_AndNotOneAddressBeyond()
    {
        foreach (var range in SpecialAddressRange.All)
        {
            var first = range.Network.BaseAddress;
            var last = Last(range.Network);
            // A block nested in this one (::1 in ::/96) answers for its own addresses.
            Assert.Equal(Expected(first), AddressGuard.NonPublicReason(first));
            Assert.Equal(range.Reason, AddressGuard.NonPublicReason(last));
            if (Next(last) is { } beyond && !range.Network.Contains(beyond)) Assert.Equal(Expected(beyond), AddressGuard.NonPublicReason(beyond));
        }
    }

    [Fact]
    public void NonPublicReason_InternalIPv4InsideNat64Or6to4_IsRefusedLikeIt()
    {
        foreach (var range in SpecialAddressRange.All.Where(r => r.Network.BaseAddress.AddressFamily == AddressFamily.InterNetwork))
        {
            var v4 = Last(range.Network).GetAddressBytes();
            var nat64 = new byte[16];
            new byte[] { 0, 0x64, 0xFF, 0x9B }.CopyTo(nat64, 0);
            v4.CopyTo(nat64, 12);
            var sixToFour = new byte[16];
            sixToFour[0] = 0x20;
            sixToFour[1] = 0x02;
            v4.CopyTo(sixToFour, 2);
            Assert.Equal(range.Reason, AddressGuard.NonPublicReason(new IPAddress(nat64)));
            Assert.Equal(range.Reason, AddressGuard.NonPublicReason(new IPAddress(sixToFour)));
        }
    }

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("2a00:1450:4001::200e")]
    [InlineData("64:ff9b::808:808")]
    public void NonPublicReason_IsNullForPublicAddresses(string address) =>
        Assert.Null(AddressGuard.NonPublicReason(IPAddress.Parse(address)));

    /// <summary>What the first range of the table holding the address says, or null: the table's own order.</summary>
    private static string? Expected(IPAddress address) =>
        SpecialAddressRange.All.FirstOrDefault(r => r.Network.Contains(address))?.Reason;

    private static IPAddress Last(IPNetwork network)
    {
        var bytes = network.BaseAddress.GetAddressBytes();
        for (var bit = network.PrefixLength; bit < bytes.Length * 8; bit++) bytes[bit / 8] |= (byte)(0x80 >> (bit % 8));
        return new IPAddress(bytes);
    }

    private static IPAddress? Next(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        for (var i = bytes.Length - 1; i >= 0; i--)
        {
            if (++bytes[i] != 0) return new IPAddress(bytes);
        }
        return null;
    }

    [Fact]
    public async Task Fetch_RedirectToARefusedAddress_IsRefusedAtConnectTime()
    {
        await using var site = await FeedServer.StartAsync();
        // The site itself is allowed; where it redirects to (::1) is refused before any connection is made.
        site.Serve("/rss", context =>
        {
            context.Response.Redirect($"http://[::1]:{site.BaseAddress.Port}/elsewhere");
            return Task.CompletedTask;
        });
        var options = new FeedOptions { AddressPolicy = a => a.Equals(IPAddress.IPv6Loopback) ? "refused by this test" : null };
        await using var services = new ServiceCollection().AddFeedHttpClient(options).AddSingleton(options).AddSingleton<FeedFetcher>().BuildServiceProvider();

        var result = await services.GetRequiredService<FeedFetcher>().GetAsync(site.Url("/rss"), "*/*", 1024, null, null, TestContext.Current.CancellationToken);

        Assert.Equal("Refused: ::1 is refused by this test; feeds and article pages are fetched from public addresses only (INCIDENTMAP_FEEDS_ALLOW_PRIVATE=true lifts this for test set-ups).", result.Error);
        Assert.Single(site.Requests);
    }
}
