namespace IncidentMap.Geoparsing.Parsing;

/// <summary>What a token is made of.</summary>
internal enum TokenShape : byte
{
    Word,
    Number,
    Punctuation,
}

/// <summary>One token of the article: its span, its folded form and the facts the rules ask about it.</summary>
internal readonly record struct Token(int Start, int End, string Folded, TokenShape Shape, TokenFlags Flags, int Sentence)
{
    public bool IsWord => Shape == TokenShape.Word;

    public bool Capitalized => (Flags & TokenFlags.Capitalized) != 0;

    public bool AllCaps => (Flags & TokenFlags.AllCaps) != 0;

    public bool SentenceStart => (Flags & TokenFlags.SentenceStart) != 0;

    /// <summary>Only spaces or one hyphen separate this token from the next one, so a name may run on.</summary>
    public bool JoinsNext => (Flags & TokenFlags.JoinsNext) != 0;

    public bool Possessive => (Flags & TokenFlags.Possessive) != 0;

    public bool HyphenNext => (Flags & TokenFlags.HyphenNext) != 0;
}

/// <summary>Facts about a token, packed.</summary>
[Flags]
internal enum TokenFlags : byte
{
    None = 0,
    Capitalized = 1,
    AllCaps = 2,
    SentenceStart = 4,
    JoinsNext = 8,
    Abbreviation = 16,
    Possessive = 32,
    HyphenNext = 64,
}
