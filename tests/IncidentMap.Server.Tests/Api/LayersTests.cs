using System.Net;
using System.Text.Json;

namespace IncidentMap.Server.Tests.Api;

public sealed class LayersTests(PostGisDatabase postGis)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task IncidentsLayer_HoldsTheSeedIncidentsAsPoints(StoreKind store)
    {
        await using var server = await ServerFactory.CreateAsync(store, postGis);
        using var client = server.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/layers/incidents", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        var body = await Json.ReadAsync(response);
        Assert.Equal("FeatureCollection", body.GetProperty("type").GetString());
        var features = Json.Features(body).ToList();
        Assert.True(features.Count >= 5, $"expected the seed's incidents, got {features.Count}");
        Assert.Equal(features.Count, body.GetProperty("numberMatched").GetInt64());
        var subtypes = features.Select(Json.Subtype).ToHashSet();
        Assert.Contains("military_exercise", subtypes);
        Assert.Contains("troop_deployment", subtypes);
        Assert.Contains(features, f => Json.PlaceIds(f).Contains("admin1:BY-HR") && f.GetProperty("geometry").ValueKind == System.Text.Json.JsonValueKind.Object);
        foreach (var f in features.Where(f => f.GetProperty("geometry").ValueKind != System.Text.Json.JsonValueKind.Null))
        {
            Assert.Equal("Point", f.GetProperty("geometry").GetProperty("type").GetString());
            var p = f.GetProperty("properties");
            Assert.StartsWith("Moscow said Friday", p.GetProperty("article_title").GetString());
            Assert.Equal("2025-09-12", p.GetProperty("article_published").GetString()![..10]);
        }
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task IncidentsLayer_FiltersByTypeCountryDateAndBbox(StoreKind store)
    {
        await using var server = await ServerFactory.CreateAsync(store, postGis);
        using var client = server.CreateClient();
        async Task<List<System.Text.Json.JsonElement>> Get(string query)
        {
            using var r = await client.GetAsync(new Uri("/api/layers/incidents?" + query, UriKind.Relative), Ct);
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            return Json.Features(await Json.ReadAsync(r)).ToList();
        }

        var all = await Get("");
        var exercises = await Get("type=military_exercise");
        Assert.NotEmpty(exercises);
        Assert.True(exercises.Count < all.Count);
        Assert.All(exercises, f => Assert.Equal("military_exercise", Json.Subtype(f)));

        var belarus = await Get("country=Belarus");
        Assert.NotEmpty(belarus);
        Assert.All(belarus, f => Assert.Contains("BLR", f.GetProperty("properties").GetProperty("countries").EnumerateArray().Select(c => c.GetString())));
        Assert.Equal(belarus.Count, (await Get("country=BY")).Count);

        // Grodno region lies within 23–26.5°E, 52.5–54.5°N; Ukraine's Dnipropetrovsk region does not.
        var grodno = await Get("bbox=23,52.5,26.5,54.5");
        Assert.Contains(grodno, f => Json.PlaceIds(f).Contains("admin1:BY-HR"));
        Assert.DoesNotContain(grodno, f => Json.PlaceIds(f).Contains("admin1:UA-12"));

        Assert.Empty(await Get("datetime=2030-01-01/.."));
        Assert.Equal(all.Count(f => f.GetProperty("properties").GetProperty("date").ValueKind != System.Text.Json.JsonValueKind.Null),
            (await Get("datetime=2025-01-01T00:00:00Z/2025-12-31T23:59:59Z")).Count);
        Assert.Single(await Get("limit=1"));
        Assert.Equal(all.Count - 1, (await Get("offset=1")).Count);
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task IncidentsLayer_DownloadIsTheSameCollectionAsANamedAttachment(StoreKind store)
    {
        await using var server = await ServerFactory.CreateAsync(store, postGis);
        using var client = server.CreateClient();

        using var plain = await client.GetAsync(new Uri("/api/layers/incidents?country=POL", UriKind.Relative), Ct);
        using var download = await client.GetAsync(new Uri("/api/layers/incidents?country=POL&download=1", UriKind.Relative), Ct);
        using var suffix = await client.GetAsync(new Uri("/api/layers/incidents.geojson?datetime=2025-09-12", UriKind.Relative), Ct);

        Assert.Null(plain.Content.Headers.ContentDisposition);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("incidents-POL.geojson", download.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("incidents-2025-09-12.geojson", suffix.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal(
            Json.Features(await Json.ReadAsync(plain)).Select(f => f.GetProperty("id").GetInt64()),
            Json.Features(await Json.ReadAsync(download)).Select(f => f.GetProperty("id").GetInt64()));
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task AreasLayer_HoldsGrodnoRegionPolygonWithItsIncidentCount(StoreKind store)
    {
        await using var server = await ServerFactory.CreateAsync(store, postGis);
        using var client = server.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/layers/areas", UriKind.Relative), Ct);

        var areas = Json.Features(await Json.ReadAsync(response)).ToList();
        var grodno = Assert.Single(areas, a => a.GetProperty("id").GetString() == "admin1:BY-HR");
        Assert.Contains(grodno.GetProperty("geometry").GetProperty("type").GetString(), new[] { "Polygon", "MultiPolygon" });
        Assert.True(grodno.GetProperty("properties").GetProperty("incident_count").GetInt64() >= 1);
        Assert.Equal("admin1", grodno.GetProperty("properties").GetProperty("kind").GetString());
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Simplify_SendsTheSameAreasAndBordersWithFewerVertices(StoreKind store)
    {
        await using var server = await ServerFactory.CreateAsync(store, postGis);
        using var client = server.CreateClient();

        async Task<(List<(string Id, long Count)> Features, int Vertices, long Bytes)> Read(string url)
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative), Ct);
            var bytes = (await response.Content.ReadAsByteArrayAsync(Ct)).LongLength;
            var features = Json.Features(JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement).ToList();
            var ids = features.Select(f => (f.GetProperty("id").GetString()!,
                f.GetProperty("properties").TryGetProperty("incident_count", out var c) ? c.GetInt64() : 0)).ToList();
            return (ids, features.Sum(f => Vertices(f.GetProperty("geometry").GetProperty("coordinates"))), bytes);
        }

        foreach (var layer in new[] { "areas", "borders?country=POL" })
        {
            var separator = layer.Contains('?') ? '&' : '?';
            var full = await Read($"/api/layers/{layer}");
            var simple = await Read($"/api/layers/{layer}{separator}simplify=0.01");

            Assert.Equal(full.Features, simple.Features);
            Assert.True(simple.Vertices * 2 < full.Vertices, $"{layer}: {simple.Vertices} vertices simplified against {full.Vertices}");
            Assert.True(simple.Bytes * 2 < full.Bytes, $"{layer}: {simple.Bytes} bytes simplified against {full.Bytes}");
        }
    }

    private static int Vertices(JsonElement coordinates) =>
        coordinates[0].ValueKind == JsonValueKind.Number ? 1 : coordinates.EnumerateArray().Sum(Vertices);

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task BordersLayer_HoldsThePolandBelarusLineWithBothNames(StoreKind store)
    {
        await using var server = await ServerFactory.CreateAsync(store, postGis);
        using var client = server.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/layers/borders?country=POL", UriKind.Relative), Ct);

        var borders = Json.Features(await Json.ReadAsync(response)).ToList();
        var line = Assert.Single(borders, b => b.GetProperty("id").GetString() == "border:BLR-POL");
        Assert.Contains(line.GetProperty("geometry").GetProperty("type").GetString(), new[] { "LineString", "MultiLineString" });
        var p = line.GetProperty("properties");
        Assert.Equal("Belarus", p.GetProperty("name_a").GetString());
        Assert.Equal("Poland", p.GetProperty("name_b").GetString());
        Assert.All(borders, b => Assert.Contains("POL", b.GetProperty("id").GetString()));
    }
}
