using System.Net;
using IncidentMap.Server.Feeds;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentMap.Server.Tests.Feeds;

/// <summary>Which addresses the feed client refuses. The classification is tested on parsed addresses: no traffic
/// leaves the machine; the one connection test stays on loopback.</summary>
public sealed class AddressGuardTests
{
    [Theory]
    [InlineData("127.0.0.1", "a loopback address")]
    [InlineData("127.255.0.9", "a loopback address")]
    [InlineData("::1", "a loopback address")]
    [InlineData("::ffff:127.0.0.1", "a loopback address")]
    [InlineData("10.1.2.3", "a private address")]
    [InlineData("172.16.0.1", "a private address")]
    [InlineData("172.31.255.255", "a private address")]
    [InlineData("192.168.1.1", "a private address")]
    [InlineData("169.254.169.254", "a link-local address")]
    [InlineData("100.64.0.1", "a shared (carrier-grade NAT) address")]
    [InlineData("0.0.0.0", "a 'this network' address")]
    [InlineData("224.0.0.1", "a multicast address")]
    [InlineData("255.255.255.255", "a reserved address")]
    [InlineData("198.18.0.1", "a benchmarking address")]
    [InlineData("fe80::1", "a link-local address")]
    [InlineData("fd00::1", "a private (unique local) address")]
    [InlineData("::", "an unspecified address")]
    [InlineData("64:ff9b::a00:1", "a private address")]
    [InlineData("2002:c0a8:0101::1", "a private address")]
    [InlineData("2001:db8::1", "a documentation address")]
    public void NonPublicReason_NamesEveryKindOfInternalAddress(string address, string reason) =>
        Assert.Equal(reason, AddressGuard.NonPublicReason(IPAddress.Parse(address)));

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("2a00:1450:4001::200e")]
    [InlineData("64:ff9b::808:808")]
    public void NonPublicReason_IsNullForPublicAddresses(string address) =>
        Assert.Null(AddressGuard.NonPublicReason(IPAddress.Parse(address)));

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
