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

    [Fact]
    public void EveryWordListOfTheParser_IsFilledFromItsResource()
    {
        var lists = typeof(WordLists).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.FieldType == typeof(System.Collections.Frozen.FrozenSet<string>))
            .Select(f => (f.Name, Words: (IReadOnlySet<string>)f.GetValue(null)!))
            .ToArray();

        Assert.True(lists.Length >= 40, $"{lists.Length} lists");
        Assert.All(lists, l => Assert.True(l.Words.Count > 0, l.Name + " is empty"));
        Assert.Contains("parish", (IReadOnlySet<string>)WordLists.SecondLevelNouns);
        Assert.Contains("governor", (IReadOnlySet<string>)WordLists.DivisionOfficials);
        Assert.Contains("valley", (IReadOnlySet<string>)WordLists.FeatureHeads);
        Assert.Contains("sheriff", (IReadOnlySet<string>)WordLists.GovernmentHeads);
    }

    [Fact]
    public void DisplayNames_GiveTodaysSpellingByGazetteerId()
    {
        var names = IncidentMap.Geoparsing.Places.DisplayNames.Read();

        Assert.Equal("Odesa", names["city:698740"]);
        Assert.Equal("Lviv Oblast", names["admin1:UA-46"]);
        Assert.DoesNotContain(names.Keys, k => k.StartsWith('#'));
    }
}
