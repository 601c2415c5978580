using System.Text;
using System.Text.Json;
using IncidentMap.Geoparsing;
using IncidentMap.Geoparsing.Places;
using NetTopologySuite.Geometries;

namespace IncidentMap.Cli.Tests;

public sealed class GeoparseCommandTests
{
    internal static readonly Gazetteer Gazetteer = new(
    [
        Country("POL", "Poland", 52, 20, ["Polish"]),
        Country("BLR", "Belarus", 53, 28, ["Belarusian"]),
        new Place(GeometryFactories.Wgs84.CreatePolygon([new(23, 52.8), new(27, 52.8), new(27, 54.4), new(23, 54.4), new(23, 52.8)]))
        {
            Id = "admin1:BY-HR", Kind = PlaceKind.Admin1, Name = "Hrodna", Names = ["Hrodna", "Grodno"], Code = "BY-HR",
            CountryCode = "BLR", Lat = 53.6, Lon = 24.9, Rank = 3,
        },
        new Place(GeometryFactories.Wgs84.CreatePoint(new Coordinate(27.57, 53.9)))
        {
            Id = "city:625144", Kind = PlaceKind.City, Name = "Minsk", Names = ["Minsk"], Code = "625144", CountryCode = "BLR",
            Type = "PPLC", Lat = 53.9, Lon = 27.57, Population = 2_000_000, GeonameId = 625144, Rank = 8,
        },
        new Place(GeometryFactories.Wgs84.CreatePolygon([new(14, 49), new(24, 49), new(24, 55), new(14, 55), new(14, 49)]))
        {
            Id = "airspace:POL", Kind = PlaceKind.Airspace, Name = "Poland airspace", Code = "POL", CountryCode = "POL", Lat = 52, Lon = 20,
        },
    ]);

    private static Place Country(string code, string name, double lat, double lon, string[] demonyms) =>
        new(GeometryFactories.Wgs84.CreatePoint(new Coordinate(lon, lat)))
        {
            Id = "country:" + code,
            Kind = PlaceKind.Country,
            Name = name,
            Names = [name],
            Code = code,
            CountryCode = code,
            Lat = lat,
            Lon = lon,
            Rank = 8,
            Population = 10_000_000,
            Demonyms = demonyms,
        };

    private static (int Exit, string Output, string Error) Run(string input, params string[] args)
    {
        using var output = new MemoryStream();
        var error = new StringWriter();
        var exit = GeoparseCommand.Run(args, () => Gazetteer, new StringReader(input), output, error);
        return (exit, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }

    [Fact]
    public void Jsonl_WritesOneResultLinePerInputInOrder()
    {
        var input = """
            {"id": "a", "text": "Part of the military exercises takes place in Belarus's Grodno region, Minsk said.", "date": "2025-09-12"}
            {"id": "b", "text": "Drones flew through Polish airspace on Wednesday.", "date": "2025-09-12"}
            """;
        var (exit, output, _) = Run(input, "--jsonl");

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("a", first.RootElement.GetProperty("id").GetString());
        var grodno = first.RootElement.GetProperty("places").EnumerateArray().Single(p => p.GetProperty("kind").GetString() == "admin1");
        Assert.Equal("Grodno region", grodno.GetProperty("text").GetString());
        Assert.Equal("BY-HR", grodno.GetProperty("code").GetString());
        Assert.Equal("location", grodno.GetProperty("role").GetString());
        var start = grodno.GetProperty("start").GetInt32();
        Assert.Equal("Grodno region", input.Split('\n')[0].Split("\"text\": \"")[1][start..grodno.GetProperty("end").GetInt32()]);
        foreach (var field in new[] { "id", "name", "lat", "lon", "geonameid", "score" }) Assert.True(grodno.TryGetProperty(field, out _), field);
        var minsk = first.RootElement.GetProperty("places").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "city:625144");
        Assert.Equal("metonym", minsk.GetProperty("role").GetString());
        Assert.Equal(625144, minsk.GetProperty("geonameid").GetInt64());
        // Minsk speaks for its government: the article's ground is the Grodno region of Belarus.
        var focus = first.RootElement.GetProperty("focus");
        Assert.Equal("BLR", focus.GetProperty("country").GetString());
        Assert.Equal("BY-HR", focus.GetProperty("admin1").GetString());
        var exercise = first.RootElement.GetProperty("incidents").EnumerateArray().Single();
        Assert.Equal("strategic_developments", exercise.GetProperty("type").GetString());
        Assert.Equal("military_exercise", exercise.GetProperty("subtype").GetString());
        Assert.Equal("2025-09-12", exercise.GetProperty("date").GetString());
        Assert.Equal("day", exercise.GetProperty("date_precision").GetString());
        Assert.Equal(2, exercise.GetProperty("geo_precision").GetInt32());
        var evidence = exercise.GetProperty("evidence");
        Assert.Equal("exercises", evidence.GetProperty("cue").GetString());
        Assert.Equal("exercises", input.Split('\n')[0].Split("\"text\": \"")[1][evidence.GetProperty("cue_start").GetInt32()..evidence.GetProperty("cue_end").GetInt32()]);
        Assert.Equal("Grodno region", evidence.GetProperty("frame").GetProperty("location").GetString());
        Assert.Equal(JsonValueKind.Null, evidence.GetProperty("frame").GetProperty("time").ValueKind);
        Assert.Equal("military drills", evidence.GetProperty("reason").GetString());
        Assert.Equal("clause", evidence.GetProperty("located_by").GetString());
        Assert.Equal(1, evidence.GetProperty("reports").GetInt32());

        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal("b", second.RootElement.GetProperty("id").GetString());
        var incident = second.RootElement.GetProperty("incidents")[0];
        Assert.Equal("airspace_violation", incident.GetProperty("subtype").GetString());
        Assert.Equal("2025-09-10", incident.GetProperty("date").GetString());
        Assert.Equal("airspace", second.RootElement.GetProperty("places")[incident.GetProperty("places")[0].GetInt32()].GetProperty("kind").GetString());
    }

    [Fact]
    public void JsonlExplain_ListsTheEvidenceBehindEachPlace()
    {
        const string input = """{"id": "a", "text": "Part of the exercises takes place in Belarus's Grodno region."}""";

        var (_, plain, _) = Run(input, "--jsonl");
        var (exit, explained, _) = Run(input, "--jsonl", "--explain");

        Assert.Equal(0, exit);
        var grodno = PlaceWithCode(plain, "BY-HR");
        Assert.False(grodno.TryGetProperty("evidence", out _));
        var evidence = PlaceWithCode(explained, "BY-HR").GetProperty("evidence").EnumerateArray()
            .ToDictionary(e => e.GetProperty("feature").GetString()!, e => e.GetProperty("contribution").GetDouble());
        // "region" asks for a division, and "Belarus's" puts it in Belarus.
        Assert.True(evidence["kind_asked"] > 0);
        Assert.True(evidence["possessive_country"] > 0);
    }

    private static JsonElement PlaceWithCode(string output, string code) =>
        JsonDocument.Parse(output).RootElement.GetProperty("places").EnumerateArray().Single(p => p.GetProperty("code").GetString() == code);

    [Fact]
    public void Jsonl_BadLinesGetAnErrorLineWithTheirIdAndTheRunGoesOn()
    {
        var input = string.Join('\n',
            """{"id": "broken", "text": "unterminated""",
            """{"id": "empty", "text": "   "}""",
            """{"id": "binary", "text": "\u0000\u0001\u0002"}""",
            """{"id": "baddate", "text": "Minsk said.", "date": "12/09/2025"}""",
            """{"id": 7, "text": "Minsk said."}""");
        var (exit, output, error) = Run(input, "--jsonl");

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(5, lines.Length);
        Assert.Equal(["broken", "empty", "binary", "baddate", "7"], lines.Select(l => l.GetProperty("id").GetString()));
        Assert.All(lines[..4], l => Assert.False(string.IsNullOrEmpty(l.GetProperty("error").GetString())));
        Assert.False(lines[4].TryGetProperty("error", out _));
        Assert.Contains("4 line(s)", error);
    }

    [Fact]
    public void Jsonl_ArticlesDatedAtTheEndsOfTheCalendar_GetIncidentsWithinIt()
    {
        var input = string.Join('\n',
            """{"id": "first", "text": "Drones flew through Polish airspace last week.", "date": "0001-01-01"}""",
            """{"id": "yesterday", "text": "Drones flew through Polish airspace yesterday.", "date": "0001-01-01"}""",
            """{"id": "last", "text": "Drones flew through Polish airspace on Wednesday.", "date": "9999-12-31"}""",
            """{"id": "leap", "text": "Drones flew through Polish airspace on Wednesday.", "date": "2024-02-29"}""",
            """{"id": "noleap", "text": "Drones flew through Polish airspace on Wednesday.", "date": "2025-02-29"}""");
        var (exit, output, _) = Run(input, "--jsonl");

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(["first", "yesterday", "last", "leap", "noleap"], lines.Select(l => l.GetProperty("id").GetString()));
        string Date(int line) => Assert.Single(lines[line].GetProperty("incidents").EnumerateArray()).GetProperty("date").GetString()!;
        Assert.Equal("0001-01-01", Date(0));
        Assert.Equal("0001-01-01", Date(1));
        Assert.Equal("9999-12-29", Date(2));
        Assert.Equal("2024-02-28", Date(3));
        Assert.Contains("YYYY-MM-DD", lines[4].GetProperty("error").GetString());
    }

    [Fact]
    public void File_ArticleDatedOnTheFirstDayOfTheCalendar_WritesItsIncident()
    {
        var (exit, output, error) = Run("Drones flew through Polish airspace three days ago.", "-", "--date", "0001-01-01");

        Assert.True(exit == 0, error);
        using var collection = JsonDocument.Parse(output);
        var incident = collection.RootElement.GetProperty("features").EnumerateArray()
            .Single(f => f.GetProperty("properties").GetProperty("feature").GetString() == "incident");
        Assert.Equal("0001-01-01", incident.GetProperty("properties").GetProperty("date").GetString());
    }

    [Fact]
    public void File_WritesAGeoJsonFeatureCollectionOfPlacesAndIncidents()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "date 2025-09-12 Drones flew through Polish airspace on Wednesday, Minsk said.");
            var (exit, output, _) = Run("", path);

            Assert.Equal(0, exit);
            using var document = JsonDocument.Parse(output);
            var root = document.RootElement;
            Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
            var features = root.GetProperty("features").EnumerateArray().ToArray();
            var airspace = features.Single(f => f.GetProperty("properties").GetProperty("feature").GetString() == "place"
                                                && f.GetProperty("properties").GetProperty("id").GetString() == "airspace:POL");
            Assert.Equal("Point", airspace.GetProperty("geometry").GetProperty("type").GetString());
            Assert.Equal([20.0, 52.0], airspace.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()));
            var incident = features.Single(f => f.GetProperty("properties").GetProperty("feature").GetString() == "incident");
            Assert.Equal("airspace_violation", incident.GetProperty("properties").GetProperty("subtype").GetString());
            Assert.Equal("Point", incident.GetProperty("geometry").GetProperty("type").GetString());
            var evidence = incident.GetProperty("properties").GetProperty("evidence");
            Assert.Equal("flew through", evidence.GetProperty("cue").GetString());
            Assert.Equal("Drones", evidence.GetProperty("frame").GetProperty("agent").GetString());
            Assert.Equal("Polish airspace", evidence.GetProperty("frame").GetProperty("patient").GetString());
            Assert.Equal("Wednesday", evidence.GetProperty("frame").GetProperty("time").GetString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void File_RejectsAnEmptyArticleWithAClearMessage()
    {
        var (exit, _, error) = Run("   ", "-");

        Assert.Equal(1, exit);
        Assert.Contains("empty or binary", error);
    }
}
