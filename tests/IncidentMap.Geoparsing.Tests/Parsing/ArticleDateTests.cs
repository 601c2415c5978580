namespace IncidentMap.Geoparsing.Tests.Parsing;

public sealed class ArticleDateTests
{
    [Fact]
    public void LeadingDatePrefix_SetsTheArticleDateAndOffsetsStayInTheGivenText()
    {
        const string Text = " date 2025-09-12 Moscow said Friday that talks with Minsk were paused.";
        var result = TestGazetteer.Parser.Parse(Text);

        Assert.Equal(new DateOnly(2025, 9, 12), result.ArticleDate);
        var moscow = result.Mention("Moscow");
        Assert.Equal("Moscow", Text[moscow.Start..moscow.End]);
    }

    [Fact]
    public void DateLine_OnItsOwnLineWorksToo()
    {
        var result = TestGazetteer.Parser.Parse("date 2024-01-05\nTroops were deployed in Belarus's Grodno region on Friday.");

        Assert.Equal(new DateOnly(2024, 1, 5), result.ArticleDate);
        Assert.Equal(new DateOnly(2024, 1, 5), result.Incident("troop_deployment").Date);
    }

    [Fact]
    public void GivenDate_WinsOverTheLeadingLine()
    {
        var result = TestGazetteer.Parser.Parse("date 2024-01-05 Minsk said.", new DateOnly(2020, 2, 2));

        Assert.Equal(new DateOnly(2020, 2, 2), result.ArticleDate);
    }

    [Fact]
    public void NoDate_LeavesArticleAndEventDatesUnknown()
    {
        var result = TestGazetteer.Parser.Parse("Troops were deployed in Belarus's Grodno region.");

        Assert.Null(result.ArticleDate);
        Assert.Null(result.Incident("troop_deployment").Date);
    }
}
