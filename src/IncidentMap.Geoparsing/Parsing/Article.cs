using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Geoparsing.Parsing;

/// <summary>One article under analysis: the text, its tokens and what the rules learn about them.</summary>
internal sealed class Article
{
    private HashSet<string>? _lowerCaseWords;

    public Article(string text, int bodyStart, GazetteerLexicon lexicon)
    {
        Text = text;
        Lexicon = lexicon;
        Gazetteer = lexicon.Gazetteer;
        Tokens = Tokenizer.Tokenize(text, bodyStart);
        IsPerson = new bool[Tokens.Count];
        Consumed = new bool[Tokens.Count];
        Work = Tokens.Count;
    }

    public string Text { get; }

    public Gazetteer Gazetteer { get; }

    /// <summary>What the parser precomputed from the gazetteer.</summary>
    public GazetteerLexicon Lexicon { get; }

    public List<Token> Tokens { get; }

    /// <summary>Tokens that are part of a person's name.</summary>
    public bool[] IsPerson { get; }

    /// <summary>Tokens already inside a mention.</summary>
    public bool[] Consumed { get; }

    public List<MentionDraft> Mentions { get; } = [];

    /// <summary>Country actors named by demonyms that are not places ("Russian drones"), by token index.</summary>
    public List<(int Token, Place Country)> DemonymActors { get; } = [];

    /// <summary>Units of work done on this article (tokens, lookups, candidates weighed), to check the parse
    /// stays linear in the text's length.</summary>
    public long Work { get; private set; }

    public void CountWork(int units = 1) => Work += units;

    public Token this[int index] => Tokens[index];

    public int Count => Tokens.Count;

    /// <summary>The folded word at <paramref name="index"/>, or empty outside the text.</summary>
    public string Word(int index) => index >= 0 && index < Tokens.Count ? Tokens[index].Folded : "";

    /// <summary>Whether the word also appears in lower case in this article: a common word, not a name.</summary>
    public bool AppearsLowerCase(string folded)
    {
        if (_lowerCaseWords is null)
        {
            _lowerCaseWords = new HashSet<string>(StringComparer.Ordinal);
            foreach (var token in Tokens)
            {
                if (token.IsWord && !token.Capitalized) _lowerCaseWords.Add(token.Folded);
            }
        }
        return _lowerCaseWords.Contains(folded);
    }

    /// <summary>The text of a token span, for readable output.</summary>
    public string Slice(int start, int end) => Text[start..end];
}
