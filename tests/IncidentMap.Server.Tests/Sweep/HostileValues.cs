namespace IncidentMap.Server.Tests.Sweep;

/// <summary>Values an attacker or a broken client puts into a parameter. Plain values are percent-encoded when sent;
/// <see cref="Encoded"/> ones go into the URL as they are (invalid UTF-8, NUL, broken escapes).</summary>
public static class HostileValues
{
    public static readonly string[] Numbers =
    [
        "", " ", "NaN", "nan", "Infinity", "-Infinity", "∞", "1e309", "-1e309", "1e-320", "4.9e-324", "1e-308", "-0", "+5", " 5", "5 ",
        "0x10", "1_000", "1,5", "1.5", "5.", ".5", "2147483647", "2147483648", "-2147483649", "9223372036854775808",
        "99999999999999999999999999999999", "１２", "١٢٣", "५०", "1e3", "0", "-1", "null", "true", "[]", "{}", "'", "\"", ";",
        "1;DROP TABLE articles", "1 OR 1=1", new string('9', 5000), "\u202e5", "💥",
    ];

    public static readonly string[] Texts =
    [
        "", " ", "\t", "null", "undefined", "[]", "{}", "*", "%", "..", "../../etc/passwd", "<script>alert(1)</script>", "'; DROP TABLE incidents; --",
        "POL,BLR", "pOl", "Polska", "Côte d’Ivoire", "ＰＯＬ", "\u202eLOP", "\u200bPOL", "🇵🇱", new string('x', 5000), "a\nb", "NaN",
        "battles,,,,", ",", "explosions_remote_violence,picnic", "BATTLES", "1", "-1",
    ];

    public static readonly string[] Dates =
    [
        "0001-01-01", "9999-12-31T23:59:59Z", "9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00", "2025-02-30", "2025-13-01",
        "2025-09-12T25:00:00Z", "2025-09-12T00:00:00+99:00", "2025-09-12T00:00:00.999999999999Z", "-2025-01-01", "+275760-09-13",
        "２０２５-０９-１２", "2025-09-12/..", "../2025-09-12", "..", "/", "//", "../..", "2025-09-12/2025-09-01", "1970-01-01/9999-12-31",
        "2025-09-12T00:00:00Z/2025-09-12T00:00:00Z", "2025-9-1", "20250912", "2025-09-12 00:00:00", "yesterday", "now", "1e309",
    ];

    public static readonly string[] Boxes =
    [
        "1,2,3", "a,b,c,d", "NaN,0,1,1", "0,0,Infinity,1", "-181,0,0,1", "0,-91,1,0", "170,-10,-170,10", "0,0,0,0", "1e309,0,1,1",
        "-180,-90,180,90", "1,2,3,4,5,6", "1,2,0,3,4,0", "1,2,3,4,5", ",,,", "0,95,1,96", "0,10,1,5", "1e-320,1e-320,2e-320,2e-320",
        "１,２,３,４", "0,0,1,1,", " 0,0,1,1", "0;0;1;1", new string(',', 4000),
    ];

    /// <summary>Already percent-encoded: invalid UTF-8, overlong forms, lone surrogates, NUL, broken escapes.</summary>
    public static readonly string[] Encoded = ["%FF", "%C0%AF", "%ED%A0%80", "%00", "%zz", "%", "%E2%80%AE", "%F0%9F", "%25%32%35", "a%0D%0AX-Injected:%201"];
}
