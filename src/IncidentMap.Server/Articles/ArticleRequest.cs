using System.Text.Json;
using IncidentMap.Server.Errors;
using IncidentMap.Server.Storage;

namespace IncidentMap.Server.Articles;

/// <summary>A posted article as JSON: <c>{title, text, published, source, url}</c>; only text is required.</summary>
public sealed record ArticleRequest(string? Title, string? Text, DateTimeOffset? Published, string? Source, string? Url)
{
    public static ArticleRequest Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<ArticleRequest>(json, JsonSerializerOptions.Web)
                ?? throw new InvalidParameterException("body", "The body is JSON null; post an object with at least 'text'.");
        }
        catch (JsonException e)
        {
            var where = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "body" : e.Path.TrimStart('$', '.');
            throw new InvalidParameterException(where, where == "body" ? $"Not a valid article JSON object: {e.Message.Split('.')[0]}." : $"'{where}' is not valid: {e.Message.Split('.')[0]}.");
        }
    }

    /// <summary>Checks the members and fills the title from the text when missing.</summary>
    public NewArticle ToNewArticle()
    {
        if (string.IsNullOrWhiteSpace(Text)) throw new InvalidParameterException("text", "'text' is required and must not be blank.");
        if (ArticleBody.LooksBinary(Text)) throw new InvalidParameterException("text", "'text' looks binary (control characters).");
        if (Title is { Length: > 500 }) throw new InvalidParameterException("title", "'title' is longer than 500 characters.");
        if (Source is { Length: > 200 }) throw new InvalidParameterException("source", "'source' is longer than 200 characters.");
        if (Url is not null && (Url.Length > 2000 || !Uri.TryCreate(Url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
            throw new InvalidParameterException("url", "'url' must be an absolute http or https address.");
        var plain = PlainTextArticle.Parse(Text);
        return new NewArticle
        {
            Title = string.IsNullOrWhiteSpace(Title) ? plain.Title : Title.Trim(),
            Text = Text,
            Published = PublicationDate.Check(Published, "published") ?? plain.Published,
            Source = string.IsNullOrWhiteSpace(Source) ? null : Source.Trim(),
            Url = Url,
        };
    }
}
