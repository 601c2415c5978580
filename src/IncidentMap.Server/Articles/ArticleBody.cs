using System.Text;
using IncidentMap.Server.Errors;
using Microsoft.Net.Http.Headers;

namespace IncidentMap.Server.Articles;

/// <summary>Reads a posted article body as text: at most 1 MB, decodable in its declared charset (UTF-8 by
/// default; UTF-16 and -32, Latin-1 and the legacy code pages such as windows-1251 or koi8-r), not empty and not binary.
/// Anything else is a 4xx naming the problem (415 for a charset that cannot be decoded), before any work is done.</summary>
public static class ArticleBody
{
    public const int MaxBytes = 1024 * 1024;

    public static async Task<string> ReadTextAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBytes) throw TooLarge();
        var encoding = Encoding(request.ContentType);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes) throw TooLarge();
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0) throw new InvalidParameterException("body", "The body is empty; post the article text.");
        if (Array.IndexOf(buffer.GetBuffer(), (byte)0, 0, (int)buffer.Length) >= 0 && encoding is UTF8Encoding)
            throw new InvalidParameterException("body", "The body looks binary (NUL bytes); post plain text or JSON.");
        string text;
        try
        {
            text = encoding.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (DecoderFallbackException)
        {
            throw new InvalidParameterException("body", $"The body is not valid {encoding.WebName} text.");
        }
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        if (LooksBinary(text)) throw new InvalidParameterException("body", "The body looks binary (control characters); post plain text or JSON.");
        if (string.IsNullOrWhiteSpace(text)) throw new InvalidParameterException("body", "The body is blank; post the article text.");
        return text;
    }

    /// <summary>True for text with NULs or more than a few non-whitespace control characters.</summary>
    public static bool LooksBinary(string text)
    {
        var controls = 0;
        foreach (var c in text)
        {
            if (c == '\0') return true;
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f')) controls++;
        }
        return controls > 0 && controls * 100 > text.Length;
    }

    private static Encoding Encoding(string? contentType)
    {
        var charset = MediaTypeHeaderValue.TryParse(contentType, out var media) ? media.Charset.Value : null;
        if (string.IsNullOrEmpty(charset) || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        try
        {
            var declared = System.Text.Encoding.GetEncoding(charset.Trim('"'));
            return System.Text.Encoding.GetEncoding(declared.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            // UTF-7 lands here: .NET refuses it as unsafe.
            throw new InvalidParameterException("charset", $"The charset '{charset}' is not supported; send UTF-8.", StatusCodes.Status415UnsupportedMediaType);
        }
    }

    private static BadHttpRequestException TooLarge() =>
        new($"The body is larger than {MaxBytes / 1024} KB.", StatusCodes.Status413PayloadTooLarge);
}
