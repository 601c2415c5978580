using IncidentMap.Geoparsing.Parsing;

namespace IncidentMap.Geoparsing.Tests.Parsing;

public sealed class TokenizerTests
{
    [Fact]
    public void Tokens_IndexTheTextAsGiven()
    {
        const string Text = "  Belarus's Grodno region, near Kyiv.";
        var tokens = Tokenizer.Tokenize(Text);

        Assert.All(tokens.Where(t => t.IsWord), t => Assert.Equal(t.Folded, Text[t.Start..t.End].ToLowerInvariant()));
        Assert.Equal("Belarus", Text[tokens[0].Start..tokens[0].End]);
        Assert.True(tokens[0].Possessive);
        Assert.Equal("grodno", tokens[1].Folded);
    }

    [Fact]
    public void InnerApostrophe_StaysInTheWordAndFoldsAway()
    {
        var tokens = Tokenizer.Tokenize("Dnipropetrovs'k Oblast");

        Assert.Equal("dnipropetrovsk", tokens[0].Folded);
        Assert.False(tokens[0].Possessive);
    }

    [Fact]
    public void DottedInitials_AreOneAbbreviationWord()
    {
        var tokens = Tokenizer.Tokenize("the U.S. and N.S.W. agreed");

        Assert.Equal("us", tokens[1].Folded);
        Assert.True(tokens[1].AllCaps);
        Assert.Equal("nsw", tokens[3].Folded);
    }

    [Fact]
    public void Hyphen_JoinsTwoWordsOfOneName()
    {
        var tokens = Tokenizer.Tokenize("the Polish-Belarusian border");

        Assert.True(tokens[1].HyphenNext);
        Assert.Equal("belarusian", tokens[2].Folded);
    }

    [Fact]
    public void SentenceStarts_AreMarkedButNotAfterTitles()
    {
        var tokens = Tokenizer.Tokenize("Mr. Smith left. Police came.\n\nReading is fun");

        Assert.True(tokens[0].SentenceStart);
        Assert.False(tokens.Single(t => t.Folded == "smith").SentenceStart);
        Assert.True(tokens.Single(t => t.Folded == "police").SentenceStart);
        Assert.True(tokens.Single(t => t.Folded == "reading").SentenceStart);
    }

    [Fact]
    public void NonAsciiNames_FoldLikeTheGazetteer()
    {
        var tokens = Tokenizer.Tokenize("Київ and Łódź");

        Assert.Equal(Geoparsing.Places.NameFolding.Fold("Київ"), tokens[0].Folded);
        Assert.Equal("lodz", tokens[2].Folded);
    }
}
