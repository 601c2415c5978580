namespace IncidentMap.Geoparsing.Parsing;

/// <summary>Which tokens lie inside direct quotations: straight quotes toggle, curly quotes open and close.
/// A quotation ends at the line: one stray mark cannot swallow the article, and a quotation running on into the next
/// paragraph opens again there by news convention.</summary>
internal sealed class Quotations
{
    private readonly Article _article;
    private bool[]? _inside;

    public Quotations(Article article) => _article = article;

    public bool Inside(int token)
    {
        _inside ??= Mark(_article);
        return token >= 0 && token < _inside.Length && _inside[token];
    }

    private static bool[] Mark(Article article)
    {
        var text = article.Text;
        var inside = new bool[article.Count];
        var open = false;
        var position = 0;
        for (var k = 0; k < article.Count; k++)
        {
            var start = article[k].Start;
            for (; position < start; position++)
            {
                var c = text[position];
                if (c == '\n') open = false;
                else if (c == '"') open = !open;
                else if (c == '\u201C') open = true;
                else if (c == '\u201D') open = false;
            }
            inside[k] = open;
        }
        return inside;
    }
}
