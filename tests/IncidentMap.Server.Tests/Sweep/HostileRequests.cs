using System.Text;

namespace IncidentMap.Server.Tests.Sweep;

/// <summary>
/// The sweep's table: every endpoint with a valid base query, every parameter it reads, and the hostile values for
/// that parameter's kind, one parameter mutated at a time (plus given twice); every path with malformed ids; every
/// method on every path; the article post with malformed bodies under odd content types and charsets; odd and
/// oversized headers.
/// </summary>
public static class HostileRequests
{
    private static readonly (string Name, string[] Values)[] _layer =
    [
        ("bbox", HostileValues.Boxes), ("datetime", HostileValues.Dates), ("type", HostileValues.Texts), ("country", HostileValues.Texts),
        ("article", HostileValues.Numbers), ("limit", HostileValues.Numbers), ("offset", HostileValues.Numbers),
        ("simplify", HostileValues.Numbers), ("download", HostileValues.Texts), ("cursor", HostileValues.Texts), ("f", HostileValues.Texts),
    ];

    private static readonly (string Path, string Query, (string Name, string[] Values)[] Parameters)[] _endpoints =
    [
        ("/api/layers/incidents", "limit=20", _layer),
        ("/api/layers/areas", "limit=20&simplify=0.05", _layer),
        ("/api/layers/borders", "limit=20&simplify=0.05", _layer),
        ("/api/layers/incidents.geojson", "limit=5", _layer),
        ("/api/layers/events", "limit=20", _layer),
        ("/ogc/collections/events/items", "limit=5", [("f", HostileValues.Texts), .. _layer]),
        ("/api/layers/clusters", "bbox=10,45,35,60&zoom=5", [("zoom", HostileValues.Numbers), .. _layer]),
        ("/api/stats/timeline", "", _layer),
        ("/api/incidents/near-border", "a=POL&b=BLR&km=50",
            [("a", HostileValues.Texts), ("b", HostileValues.Texts), ("km", HostileValues.Numbers), ("max_geo_precision", HostileValues.Numbers),
                ("measure", HostileValues.Texts), ("group", HostileValues.Texts), .. _layer]),
        ("/api/basemap/border-buffer", "a=POL&b=BLR&km=50", [("a", HostileValues.Texts), ("b", HostileValues.Texts), ("km", HostileValues.Numbers)]),
        ("/api/borders", "", [("country", HostileValues.Texts)]),
        ("/ogc/collections/incidents/items", "limit=20", [("f", HostileValues.Texts), .. _layer]),
        ("/ogc/collections/areas/items", "limit=5", [("f", HostileValues.Texts), .. _layer]),
        ("/ogc/collections/borders/items", "limit=5", [("f", HostileValues.Texts), .. _layer]),
        ("/ogc", "", [("f", HostileValues.Texts)]),
        ("/ogc/conformance", "", [("f", HostileValues.Texts)]),
        ("/ogc/collections", "", [("f", HostileValues.Texts)]),
        ("/ogc/collections/incidents", "", [("f", HostileValues.Texts)]),
    ];

    private static readonly string[] _ids =
    [
        "-1", "0", "99999999999999999999", "abc", "1e3", "%00", "%FF", "..%2F..%2Fetc%2Fpasswd", "%2e%2e", new string('7', 3000),
        "sea:Nowhere", "admin1:BY-HR", "country:POL", "1%20OR%201=1", "%E2%80%AE1",
    ];

    private static readonly string[] _idPaths =
    [
        "/api/incidents/{0}", "/api/articles/{0}", "/ogc/collections/{0}", "/ogc/collections/{0}/items",
        "/ogc/collections/incidents/items/{0}", "/ogc/collections/areas/items/{0}", "/ogc/collections/borders/items/{0}",
        "/api/layers/{0}", "/api/basemap/{0}", "/api/events/{0}", "/api/feeds/{0}", "/ogc/collections/events/items/{0}",
    ];

    private static readonly string[] _methods = ["PUT", "PATCH", "DELETE", "POST", "OPTIONS", "HEAD", "TRACE"];

    public static IReadOnlyList<HostileRequest> All()
    {
        var requests = new List<HostileRequest>();
        foreach (var (path, query, parameters) in _endpoints)
        {
            foreach (var (name, values) in parameters)
            {
                var rest = string.Join('&', query.Split('&', StringSplitOptions.RemoveEmptyEntries).Where(p => !p.StartsWith(name + "=", StringComparison.Ordinal)));
                string Url(string encoded) => $"{path}?{(rest.Length > 0 ? rest + "&" : "")}{name}={encoded}";
                requests.AddRange(values.Select(v => new HostileRequest("GET", Url(Uri.EscapeDataString(v)), name)));
                requests.AddRange(HostileValues.Encoded.Select(v => new HostileRequest("GET", Url(v), name)));
                requests.Add(new HostileRequest("GET", Url("1") + $"&{name}=2", name));
            }
            foreach (var method in _methods) requests.Add(new HostileRequest(method, $"{path}?{query}") { Content = method is "POST" or "PUT" or "PATCH" ? ("application/json", "{}"u8.ToArray()) : null });
        }
        foreach (var template in _idPaths)
        {
            foreach (var id in _ids)
            {
                var path = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, id);
                requests.Add(new HostileRequest("GET", path));
                // Never an id that exists: the sweep must not remove the seed it queries.
                if (template is "/api/articles/{0}" or "/api/feeds/{0}") requests.Add(new HostileRequest("DELETE", path));
                if (template == "/api/feeds/{0}") requests.Add(new HostileRequest("POST", path + "/poll"));
            }
        }
        requests.AddRange(Articles());
        requests.AddRange(Feeds());
        requests.AddRange(Headers());
        return requests;
    }

    private static IEnumerable<HostileRequest> Articles()
    {
        var text = "Belarus said that Russian troops had arrived in the Grodno region for exercises.";
        byte[][] bodies =
        [
            [], "   \n\t "u8.ToArray(), "null"u8.ToArray(), "[]"u8.ToArray(), "{}"u8.ToArray(), "\"text\""u8.ToArray(), "{\"text\": null}"u8.ToArray(),
            "{\"text\": \"\\u0000\"}"u8.ToArray(), "{\"text\": [1]}"u8.ToArray(), "{\"text\": \"\\uD800\"}"u8.ToArray(),
            Encoding.UTF8.GetBytes(new string('[', 10_000) + new string(']', 10_000)),
            Json(text, "\"published\": \"0001-01-01T00:00:00+14:00\""), Json(text, "\"published\": \"9999-12-31T23:59:59-14:00\""),
            Json(text, "\"published\": \"-0001-01-01\""), Json(text, "\"published\": 1"), Json(text, "\"published\": \"2025-02-30\""),
            Json(text, "\"published\": \"1899-12-31T23:59:59Z\""), Json(text, $"\"title\": \"{new string('t', 501)}\""),
            Json(text, "\"url\": \"javascript:alert(1)\""), Json(text, $"\"url\": \"https://example.org/{new string('u', 3000)}\""),
            Encoding.UTF8.GetBytes($"{{\"text\": \"a\", \"text\": \"{text}\"}}"), Encoding.UTF8.GetBytes("{\"text\": 1e999}"),
            "date 0001-01-01\nTroops arrived in the Grodno region yesterday."u8.ToArray(), "date 9999-99-99\nTroops arrived."u8.ToArray(),
            "date 2025-02-30\nTroops arrived."u8.ToArray(), [0x48, 0xC3, 0x28, 0xA0, 0xA1, 0xFF, 0xFE], [0xC0, 0xAF, 0x2E, 0x2E],
            [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF], [0xFF, 0xFE, 0x41, 0x00, 0x42, 0x00], "\u0001\u0002\u0003\u0004\u0005\u0006"u8.ToArray(),
            Encoding.UTF8.GetBytes(new string('a', 1024 * 1024 + 1)), Encoding.UTF8.GetBytes("+ADw-script+AD4-alert(1)+ADw-/script+AD4-"),
        ];
        string?[] types =
        [
            "application/json", "text/plain", "text/plain; charset=utf-7", "text/plain; charset=utf-16", "text/plain; charset=utf-32",
            "text/plain; charset=\"\"", "text/plain; charset=klingon", "application/json; charset=iso-2022-jp", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "application/merge-patch+json", null, "garbage;;;", "text/plain; charset=utf-8; charset=latin1",
            "text/plain; charset=windows-1251",
        ];
        foreach (var body in bodies)
        {
            foreach (var type in types) yield return new HostileRequest("POST", "/api/articles") { Content = (type, body) };
        }
        foreach (var name in new[] { "title", "source", "url" })
        {
            foreach (var value in HostileValues.Texts.Take(12).Concat([new string('q', 3000)]))
                yield return new HostileRequest("POST", $"/api/articles?{name}={Uri.EscapeDataString(value)}") { Content = ("text/plain", Encoding.UTF8.GetBytes(text + value.Length)) };
        }
    }

    private static IEnumerable<HostileRequest> Feeds()
    {
        // Loopback or unusable addresses only: the sweep never names a host on any other network.
        string[] bodies =
        [
            "", "null", "[]", "{}", "{\"url\": null}", "{\"url\": 1}", "{\"url\": \"\"}", "{\"url\": \"ftp://127.0.0.1/feed\"}",
            "{\"url\": \"javascript:alert(1)\"}", "{\"url\": \"http://\"}", "{\"url\": \"http://127.0.0.1:1/feed\"}",
            "{\"url\": \"http://localhost:1/feed\", \"interval_minutes\": -5}", "{\"url\": \"http://127.0.0.1:1/a\", \"interval_minutes\": 1e999}",
            "{\"url\": \"http://127.0.0.1:1/b\", \"interval_minutes\": \"soon\"}", "{\"url\": \"http://[::1]:1/c\", \"interval_minutes\": 99999999999}",
            $"{{\"url\": \"http://127.0.0.1:1/{new string('u', 5000)}\"}}", $"{{\"url\": \"http://127.0.0.1:1/d\", \"title\": \"{new string('t', 5000)}\"}}",
            "{\"url\": \"http://127.0.0.1:1/e\", \"title\": \"\\uD800\"}", new string('{', 5000),
        ];
        foreach (var body in bodies)
        {
            foreach (var type in new[] { "application/json", "text/plain", "application/json; charset=utf-7" })
                yield return new HostileRequest("POST", "/api/feeds") { Content = (type, Encoding.UTF8.GetBytes(body)) };
        }
    }

    private static IEnumerable<HostileRequest> Headers()
    {
        (string, string)[][] sets =
        [
            [("Accept", "application/xml")], [("Accept", "*/*;q=NaN")], [("Accept", "text/html;q=2")], [("Accept-Encoding", "br;q=2, gzip;q=-1")],
            [("Accept-Encoding", "identity;q=0")], [("Accept-Encoding", new string('x', 10_000))], [("If-None-Match", "*")],
            [("If-Modified-Since", "yesterday")], [("Range", "bytes=99999999999999999999-")], [("Origin", "null")], [("Origin", "http://[::1")],
            [("Sec-Fetch-Site", "sideways")], [("Authorization", "Bearer " + new string('k', 20_000))], [("Authorization", "Basic !!!")],
            [("X-Big", new string('h', 40_000))], [("Cookie", new string('c', 30_000))], [("X-Forwarded-For", "not an address")],
            [("X-HTTP-Method-Override", "DELETE")], [("Content-Length", "5")],
            [.. Enumerable.Range(0, 150).Select(i => ($"X-H{i}", "v"))],
        ];
        foreach (var path in new[] { "/api/layers/incidents?limit=5", "/ogc/collections/incidents/items?limit=5", "/api/incidents/near-border?a=POL&b=BLR&km=50" })
        {
            foreach (var headers in sets) yield return new HostileRequest("GET", path) { Headers = headers };
        }
        foreach (var headers in sets)
            yield return new HostileRequest("POST", "/api/articles") { Headers = headers, Content = ("text/plain", "Troops arrived in the Grodno region."u8.ToArray()) };
    }

    private static byte[] Json(string text, string member) => Encoding.UTF8.GetBytes($"{{\"text\": \"{text}\", {member}}}");
}
