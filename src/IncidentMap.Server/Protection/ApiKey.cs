using System.Security.Cryptography;
using System.Text;

namespace IncidentMap.Server.Protection;

/// <summary>Whether a request's <c>Authorization</c> header carries the configured bearer key, compared in constant
/// time so the answer's timing says nothing about the key.</summary>
public static class ApiKey
{
    public static bool Matches(string authorization, string? key)
    {
        const string scheme = "Bearer ";
        if (string.IsNullOrEmpty(key) || !authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) return false;
        var given = Encoding.UTF8.GetBytes(authorization[scheme.Length..].Trim());
        return CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes(key));
    }
}
