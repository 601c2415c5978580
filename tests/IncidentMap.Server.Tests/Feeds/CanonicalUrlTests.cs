using IncidentMap.Server.Storage;

namespace IncidentMap.Server.Tests.Feeds;

public sealed class CanonicalUrlTests
{
    [Theory]
    [InlineData("HTTPS://News.Example.COM/World/Story/", "https://news.example.com/World/Story")]
    [InlineData("https://news.example.com:443/story#comments", "https://news.example.com/story")]
    [InlineData("http://news.example.com:8080/story", "http://news.example.com:8080/story")]
    [InlineData("https://news.example.com/story?utm_source=rss&utm_medium=feed&id=7&fbclid=abc", "https://news.example.com/story?id=7")]
    [InlineData("https://news.example.com/story?b=2&a=1&CMP=share_btn_tw", "https://news.example.com/story?a=1&b=2")]
    [InlineData("https://news.example.com", "https://news.example.com/")]
    [InlineData("http://[::1]:8080/rss/", "http://[::1]:8080/rss")]
    public void Of_RemovesWhatDoesNotNameThePage(string url, string canonical) => Assert.Equal(canonical, CanonicalUrl.Of(url));

    [Theory]
    [InlineData("ftp://news.example.com/story")]
    [InlineData("/relative/story")]
    [InlineData("not a url")]
    [InlineData("")]
    public void Of_IsNullForAnythingButAnAbsoluteWebAddress(string url) => Assert.Null(CanonicalUrl.Of(url));
}
