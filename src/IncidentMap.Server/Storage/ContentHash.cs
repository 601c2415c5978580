using System.Security.Cryptography;
using System.Text;

namespace IncidentMap.Server.Storage;

/// <summary>The idempotency key of an article: lower-case hex SHA-256 of its UTF-8 text.</summary>
internal static class ContentHash
{
    public static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
