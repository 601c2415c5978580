namespace IncidentMap.Geoparsing.Parsing;

/// <summary>Reads the optional leading <c>date YYYY-MM-DD</c> line or prefix of an article.</summary>
internal static class ArticleDateLine
{
    /// <summary>The date of a leading "date YYYY-MM-DD" and the index where the article body starts after it.</summary>
    public static bool TryRead(string text, out DateOnly date, out int bodyStart)
    {
        date = default;
        bodyStart = 0;
        var i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        if (i + 15 > text.Length || !text.AsSpan(i, 4).Equals("date", StringComparison.OrdinalIgnoreCase)) return false;
        i += 4;
        if (i < text.Length && text[i] == ':') i++;
        var spaces = i;
        while (i < text.Length && text[i] is ' ' or '\t') i++;
        if (i == spaces || i + 10 > text.Length) return false;
        if (!DateOnly.TryParseExact(text.AsSpan(i, 10), "yyyy-MM-dd", out date)) return false;
        var end = i + 10;
        if (end < text.Length && char.IsLetterOrDigit(text[end])) return false;
        bodyStart = end;
        return true;
    }
}
