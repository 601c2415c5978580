using IncidentMap.Server.Feeds;

namespace IncidentMap.Server.Tests.Feeds;

public sealed class ArticleTextTests
{
    [Fact]
    public void FromHtml_KeepsParagraphsAndDropsMarkup()
    {
        const string html = "<div class=\"story\"><h2>Strike</h2><p>Missiles hit the <b>city</b> on Monday.</p><p>Two people died.<br/>More later.</p></div>";

        Assert.Equal("Strike\n\nMissiles hit the city on Monday.\n\nTwo people died.\nMore later.", ArticleText.FromHtml(html));
    }

    [Fact]
    public void FromHtml_DropsScriptsStylesAndCommentsWithTheirContent()
    {
        const string html = "<p>Before</p><script>var a = '<p>not text</p>';</script><style>p { color: red }</style><!-- <p>hidden</p> --><iframe src=\"x\"/><p>After</p>";

        Assert.Equal("Before\n\nAfter", ArticleText.FromHtml(html));
    }

    [Fact]
    public void FromHtml_DecodesEntitiesAndKeepsABareLessThan()
    {
        Assert.Equal("Casualties < 10 & falling — “officials”", ArticleText.FromHtml("Casualties < 10 &amp; falling &mdash; &ldquo;officials&rdquo;"));
        Assert.Equal("Plain text, as it is.", ArticleText.FromHtml("  Plain   text,\tas it is.  "));
    }

    [Fact]
    public void FromPage_FindsTheArticleOfAPageAndNothingInAPageWithout()
    {
        var page = FeedTexts.Page("Missiles on Odesa", FeedTexts.OdesaStrike);

        var article = ArticleText.FromPage(page, "https://news.example/odesa");

        Assert.NotNull(article);
        Assert.StartsWith("Russian missiles struck Odesa on Monday, officials said.", article, StringComparison.Ordinal);
        Assert.DoesNotContain("Privacy policy", article, StringComparison.Ordinal);
        Assert.Null(ArticleText.FromPage("<html><body><nav><a href=\"/\">Home</a></nav></body></html>", "https://news.example/"));
    }
}
