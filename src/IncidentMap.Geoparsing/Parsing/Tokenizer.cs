using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Geoparsing.Parsing;

/// <summary>
/// Splits text into word, number and punctuation tokens with offsets into the text as given, folds each word the way
/// the gazetteer folds names, and marks sentence starts. One pass, linear in the text length.
/// </summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text, int from = 0)
    {
        var tokens = new List<Token>(Math.Max(16, (text.Length - from) / 5));
        var sentence = 0;
        var sentenceStart = true;
        var i = from;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (c == '\n' && NextLineBreaksSentence(text, i)) sentenceStart = true;
                i++;
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                var (end, flags, resume) = ScanWord(text, i);
                var folded = Fold(text, i, end);
                var shape = char.IsDigit(c) ? TokenShape.Number : TokenShape.Word;
                if (shape == TokenShape.Word && sentenceStart) flags |= TokenFlags.SentenceStart;
                if (sentenceStart && shape != TokenShape.Punctuation)
                {
                    if (tokens.Count > 0) sentence++;
                    sentenceStart = false;
                }
                tokens.Add(new Token(i, end, folded, shape, flags | JoinFlags(text, resume), sentence));
                i = resume;
                continue;
            }
            // A hyphen inside a compound ("Polish-Belarusian") is a flag on the word before it, not a token.
            if (tokens.Count > 0 && tokens[^1].HyphenNext && tokens[^1].End == i)
            {
                i++;
                continue;
            }
            tokens.Add(new Token(i, i + 1, PunctuationString(c), TokenShape.Punctuation, TokenFlags.None, sentence));
            if (c is '.' or '!' or '?' && EndsSentence(text, i, tokens)) sentenceStart = true;
            i++;
        }
        return tokens;
    }

    /// <summary>A word runs over letters and digits, keeps inner apostrophes ("Dnipropetrovs'k", "d'Ivoire"),
    /// swallows a possessive "'s" into a flag, and reads dotted initials ("U.S.", "B.C.") as one word.</summary>
    private static (int End, TokenFlags Flags, int Resume) ScanWord(string text, int start)
    {
        var flags = TokenFlags.None;
        var i = start;
        if (IsUpper(text[i]) && i + 3 < text.Length + 1 && IsDottedInitials(text, start, out var dottedEnd))
        {
            return (dottedEnd, TokenFlags.Capitalized | TokenFlags.AllCaps | TokenFlags.Abbreviation, dottedEnd);
        }
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c)) { i++; continue; }
            if (c == '.' && IsSaintLike(text, start, i) && i + 2 < text.Length && text[i + 1] == ' ' && IsUpper(text[i + 2]))
            {
                // "St. Marc", "Mt. Kenya", "Ft. Worth": the abbreviation's dot is part of the name, not a sentence end.
                return (i + 1, flags | TokenFlags.Capitalized, i + 1);
            }
            if (IsApostrophe(c) && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                // "'s" at a word's end is the possessive; other apostrophes belong to the word.
                if (text[i + 1] is 's' or 'S' && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2])))
                {
                    flags |= TokenFlags.Possessive;
                    return (i, flags | CaseFlags(text, start, i), i + 2);
                }
                i++;
                continue;
            }
            if (IsApostrophe(c) && i > start && text[i - 1] is 's' && (i + 1 >= text.Length || !char.IsLetterOrDigit(text[i + 1])))
            {
                return (i, flags | TokenFlags.Possessive | CaseFlags(text, start, i), i + 1);
            }
            break;
        }
        return (i, flags | CaseFlags(text, start, i), i);
    }

    private static bool IsDottedInitials(string text, int start, out int end)
    {
        // Letter '.' Letter '.' (…): "U.S.", "N.S.W.", "B.C.".
        var i = start;
        var letters = 0;
        // At most six initials: a longer run is not an abbreviation, and rescanning it would be quadratic.
        while (i + 1 < text.Length && letters < 6 && char.IsLetter(text[i]) && text[i + 1] == '.' && (i == start || !char.IsLetter(text[i - 1])))
        {
            letters++;
            i += 2;
        }
        end = i;
        return letters >= 2 && (i >= text.Length || !char.IsLetterOrDigit(text[i]));
    }

    private static TokenFlags CaseFlags(string text, int start, int end)
    {
        // "d'Ivoire", "l'Aquila": the name's capital follows an elided article.
        if (end - start > 3 && char.IsLower(text[start]) && IsApostrophe(text[start + 1]) && IsUpper(text[start + 2])) return TokenFlags.Capitalized;
        if (!IsUpper(text[start])) return TokenFlags.None;
        if (end - start < 2) return TokenFlags.Capitalized;
        for (var i = start + 1; i < end; i++)
        {
            if (char.IsLetter(text[i]) && !IsUpper(text[i])) return TokenFlags.Capitalized;
        }
        return TokenFlags.Capitalized | TokenFlags.AllCaps;
    }

    private static TokenFlags JoinFlags(string text, int i)
    {
        // Spaces (not a line break) or one hyphen between two words let a name run on.
        var spaces = 0;
        while (i < text.Length && text[i] is ' ' or '\u00A0' or '\t' && spaces < 3) { i++; spaces++; }
        if (i >= text.Length) return TokenFlags.None;
        if (spaces == 0 && text[i] is '-' or '\u2010' or '\u2011' or '\u2013'
            && i + 1 < text.Length && char.IsLetter(text[i + 1]))
        {
            return TokenFlags.JoinsNext | TokenFlags.HyphenNext;
        }
        return spaces > 0 && char.IsLetterOrDigit(text[i]) ? TokenFlags.JoinsNext : TokenFlags.None;
    }

    private static bool EndsSentence(string text, int dot, List<Token> tokens)
    {
        var next = dot + 1;
        while (next < text.Length && text[next] is '"' or '\'' or '\u201D' or '\u2019' or ')') next++;
        if (next < text.Length && !char.IsWhiteSpace(text[next])) return false;
        // "at 7 p.m. local time": a sentence never starts in lower case.
        var after = next;
        while (after < text.Length && text[after] is ' ' or '\t') after++;
        if (after < text.Length && char.IsLower(text[after])) return false;
        if (text[dot] != '.' || tokens.Count < 2) return true;
        var before = tokens[^2];
        if (before.End != dot || !before.IsWord) return true;
        // "Mr. Tusk", "Gen. Smith", "J. Doe" do not end a sentence.
        return !(before.End - before.Start == 1 && before.Capitalized) && !WordLists.Abbreviations.Contains(before.Folded);
    }

    private static bool NextLineBreaksSentence(string text, int newline)
    {
        var i = newline + 1;
        while (i < text.Length && text[i] is ' ' or '\t' or '\r') i++;
        return i >= text.Length || text[i] == '\n' || IsUpper(text[i]) || text[i] is '"' or '\u201C';
    }

    private static string Fold(string text, int start, int end)
    {
        if (end - start > FoldedWords.MaxLength) return NameFolding.Fold(text.AsSpan(start, end - start));
        Span<char> folded = stackalloc char[FoldedWords.MaxLength];
        var length = 0;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c >= 128) return NameFolding.Fold(text.AsSpan(start, end - start));
            if (c is >= 'A' and <= 'Z') folded[length++] = (char)(c + 32);
            else if (c is >= 'a' and <= 'z' or >= '0' and <= '9') folded[length++] = c;
        }
        return FoldedWords.Get(folded[..length]);
    }

    private static bool IsSaintLike(string text, int start, int end) =>
        end - start == 2 && text[start] is 'S' or 'M' or 'F' && text[start + 1] == 't';

    private static bool IsUpper(char c) => c is >= 'A' and <= 'Z' || (c >= 128 && char.IsUpper(c));

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    private static string PunctuationString(char c) => c switch
    {
        '.' => ".",
        ',' => ",",
        '-' => "-",
        '"' => "\"",
        '(' => "(",
        ')' => ")",
        ':' => ":",
        ';' => ";",
        _ => c.ToString(),
    };
}
