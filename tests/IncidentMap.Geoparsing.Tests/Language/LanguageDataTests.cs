using IncidentMap.Geoparsing.Language;
using IncidentMap.Geoparsing.Parsing;

namespace IncidentMap.Geoparsing.Tests.Language;

public sealed class LanguageDataTests
{
    [Fact]
    public void WordList_IsReadFromTheEnglishResourceWithoutItsComments()
    {
        var calendar = LanguageData.Words("en", "calendar");

        Assert.Equal(19, calendar.Count);
        Assert.Contains("friday", (IReadOnlySet<string>)calendar);
        Assert.Contains("december", (IReadOnlySet<string>)calendar);
        Assert.DoesNotContain(calendar, w => w.StartsWith('#'));
    }

    [Fact]
    public void PhraseList_KeepsEachLineWhole()
    {
        var unions = LanguageData.Phrases("en", "unions");

        Assert.Equal(["african union", "european union"], unions.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void MissingResource_NamesTheFileThatIsMissing()
    {
        var e = Assert.Throws<InvalidOperationException>(() => LanguageData.Words("xx", "nothing"));

        Assert.Contains("Language.xx.nothing.txt", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WordLists_AreFilledFromTheResources()
    {
        Assert.Contains("said", (IReadOnlySet<string>)WordLists.GovernmentVerbs);
        Assert.Contains("nato", (IReadOnlySet<string>)WordLists.Organisations);
        Assert.Contains("the", (IReadOnlySet<string>)WordLists.CommonWords);
    }
}
