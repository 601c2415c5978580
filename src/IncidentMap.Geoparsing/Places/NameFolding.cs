using System.Globalization;
using System.Text;

namespace IncidentMap.Geoparsing.Places;

/// <summary>
/// Folds a place name to its index key: lower case, no diacritics, no apostrophes or dots,
/// hyphens and runs of white space as one space. "Dnipropetrovs'k" and "Dnipropetrovsk" fold alike,
/// as do "Łódź" and "Lodz", "Hrodna-Voblast" and "hrodna voblast".
/// </summary>
public static class NameFolding
{
    /// <summary>Folds <paramref name="name"/> to its index key.</summary>
    public static string Fold(ReadOnlySpan<char> name)
    {
        var sb = new StringBuilder(name.Length);
        var pendingSpace = false;
        foreach (var c in name)
        {
            if (c < 128)
            {
                // ASCII fast path: most names and all English text.
                if (c is >= 'a' and <= 'z' or >= '0' and <= '9') Append(sb, c, ref pendingSpace);
                else if (c is >= 'A' and <= 'Z') Append(sb, (char)(c + 32), ref pendingSpace);
                else if (c is '\'' or '.' or '`') continue;
                else pendingSpace = sb.Length > 0;
                continue;
            }
            FoldNonAscii(sb, c, ref pendingSpace);
        }
        return sb.ToString();
    }

    private static void FoldNonAscii(StringBuilder sb, char c, ref bool pendingSpace)
    {
        switch (c)
        {
            case '\u2019' or '\u2018' or '\u02BC' or '\u02B9' or '\u00B4' or '\u02BB':
                return; // typographic apostrophes and transliteration primes
            case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u00A0':
                pendingSpace = sb.Length > 0;
                return;
            case 'ł' or 'Ł': Append(sb, 'l', ref pendingSpace); return;
            case 'ø' or 'Ø': Append(sb, 'o', ref pendingSpace); return;
            case 'đ' or 'Đ': Append(sb, 'd', ref pendingSpace); return;
            case 'ı': Append(sb, 'i', ref pendingSpace); return;
            case 'ß': Append(sb, 's', ref pendingSpace); Append(sb, 's', ref pendingSpace); return;
            case 'æ' or 'Æ': Append(sb, 'a', ref pendingSpace); Append(sb, 'e', ref pendingSpace); return;
            case 'œ' or 'Œ': Append(sb, 'o', ref pendingSpace); Append(sb, 'e', ref pendingSpace); return;
            default: break;
        }
        if (char.IsSurrogate(c))
        {
            // Characters outside the Basic Multilingual Plane (rare CJK, scripts): kept as they are, both halves.
            Append(sb, c, ref pendingSpace);
            return;
        }
        // Decomposing one character at a time is slow: remember each character's folded form (a benign race at worst
        // computes an entry twice). '\u0001' in a form stands for a word break.
        var form = _forms[c] ??= Decompose(c);
        foreach (var d in form)
        {
            if (d == '\u0001') pendingSpace = sb.Length > 0;
            else Append(sb, d, ref pendingSpace);
        }
    }

    private static readonly string?[] _forms = new string?[char.MaxValue + 1];

    private static string Decompose(char c)
    {
        var form = new StringBuilder(2);
        foreach (var d in c.ToString().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) == UnicodeCategory.NonSpacingMark) continue;
            form.Append(char.IsLetterOrDigit(d) ? char.ToLowerInvariant(d) : '\u0001');
        }
        return form.ToString();
    }

    private static void Append(StringBuilder sb, char c, ref bool pendingSpace)
    {
        if (pendingSpace) sb.Append(' ');
        pendingSpace = false;
        sb.Append(c);
    }
}
