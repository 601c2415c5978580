namespace IncidentMap.Geoparsing.Places;

/// <summary>Spelling variants of an abbreviation: with and without dots ("B.C." ↔ "BC", "US.KY" → "KY").</summary>
internal static class Abbreviation
{
    public static IEnumerable<string> Variants(string abbreviation)
    {
        var a = abbreviation.Trim();
        if (a.Length == 0) yield break;
        // HASC codes "US.KY": the part after the country is the abbreviation news uses.
        if (a.Length > 3 && a[2] == '.' && char.IsUpper(a[0]) && char.IsUpper(a[1]) && a[3..].All(char.IsUpper)) a = a[3..];
        yield return a;
        var undotted = a.Replace(".", "", StringComparison.Ordinal);
        if (undotted != a) yield return undotted;
        else if (a.Length is >= 2 and <= 4 && a.All(char.IsUpper)) yield return string.Join('.', a.ToCharArray()) + ".";
    }
}
