using System.IO.Compression;
using System.Text.Json;
using IncidentMap.Geoparsing.Places;
using IncidentMap.Server.Basemap;
using IncidentMap.Server.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using NetTopologySuite.Algorithm.Distance;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace IncidentMap.Server.Tests.Basemap;

public sealed class BasemapTests
{
    private static readonly WKTReader _wkt = new();

    // Two countries either side of a straight north-south border along 23.5° E.
    private static readonly Gazetteer _gazetteer = new(
    [
        Country("AAA", "Westland", "POLYGON ((21 51, 23.5 51, 23.5 54, 21 54, 21 51))"),
        Country("BBB", "Eastland", "POLYGON ((23.5 51, 26 51, 26 54, 23.5 54, 23.5 51))"),
        new Place(_wkt.Read("LINESTRING (23.5 51, 23.5 54)"))
        {
            Id = "border:AAA-BBB", Kind = PlaceKind.Border, Name = "Eastland–Westland border", Code = "AAA-BBB",
            Lat = 52.5, Lon = 23.5, Neighbours = ["AAA", "BBB"],
        },
        new Place(_wkt.Read(Circle(20, 55, 1.5, 2000))) { Id = "sea:Round Sea", Kind = PlaceKind.Sea, Name = "Round Sea", Code = "Round Sea", Lat = 55, Lon = 20 },
    ]);

    [Fact]
    public void BorderBuffer_EdgeLiesAtTheDistanceFromTheBorder()
    {
        var buffer = (Polygon)Features(new BorderBufferController(_gazetteer).Get("Westland", "BBB", "50"))[0].Geometry;

        // Along the straight middle of the border the buffer's edge is 50 km east and west of it.
        Assert.True(buffer.Contains(PointEastOf(23.5, 52.5, 49)));
        Assert.False(buffer.Contains(PointEastOf(23.5, 52.5, 51)));
        Assert.True(buffer.Contains(PointEastOf(23.5, 52.5, -49)));
        Assert.False(buffer.Contains(PointEastOf(23.5, 52.5, -51)));
        // Beyond the line's ends it is rounded: 50 km north of the end is inside, 52 km is not.
        Assert.True(buffer.Contains(new Point(23.5, 54 + (49 / 111.195))));
        Assert.False(buffer.Contains(new Point(23.5, 54 + (52 / 111.195))));
    }

    [Fact]
    public void BorderBuffer_UnknownPair_AnswersNotFound()
    {
        var result = Assert.IsType<ProblemResult>(new BorderBufferController(_gazetteer).Get("AAA", "AAA", "50"));
        Assert.Equal(404, result.Problem.Status);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("1001")]
    [InlineData("fifty")]
    public void BorderBuffer_BadDistance_IsAnErrorNamingKm(string km)
    {
        var error = Assert.Throws<InvalidParameterException>(() => new BorderBufferController(_gazetteer).Get("AAA", "BBB", km));
        Assert.Equal("km", error.Parameter);
    }

    [Fact]
    public void Seas_AreSimplifiedButKeepTheirShapeAndName()
    {
        var seas = Read(BasemapLayers.For(_gazetteer).Seas.GeoJson);

        var sea = Assert.Single(seas);
        Assert.Equal("Round Sea", sea.Attributes["name"]);
        Assert.InRange(sea.Geometry.NumPoints, 8, 200);
        var original = _gazetteer.Get("sea:Round Sea")!.Geometry;
        Assert.InRange(sea.Geometry.Area / original.Area, 0.95, 1.02);
    }

    [Fact]
    public void Seas_StayWithinTheToleranceOfTheirOutline()
    {
        var sea = Assert.Single(Read(BasemapLayers.For(_gazetteer).Seas.GeoJson)).Geometry;
        var original = _gazetteer.Get("sea:Round Sea")!.Geometry;

        // Simplification plus rounding to 0.001°.
        Assert.True(DiscreteHausdorffDistance.Distance(sea, original) <= BasemapLayers.Tolerance + 0.001);
    }

    [Fact]
    public void Countries_CarryNameAndCode()
    {
        var countries = Read(BasemapLayers.For(_gazetteer).Countries.GeoJson);

        Assert.Equal(["Westland", "Eastland"], countries.Select(c => (string)c.Attributes["name"]));
        Assert.Equal(["AAA", "BBB"], countries.Select(c => (string)c.Attributes["code"]));
    }

    [Theory]
    [InlineData("gzip, deflate, br", true)]
    [InlineData("br;q=1, gzip;q=0", false)]
    [InlineData("", false)]
    public void Countries_AreSentGzippedOnlyToClientsThatAcceptIt(string acceptEncoding, bool gzipped)
    {
        var controller = new BasemapController(_gazetteer) { ControllerContext = new() { HttpContext = new DefaultHttpContext() } };
        controller.Request.Headers.AcceptEncoding = acceptEncoding;

        var body = Assert.IsType<FileContentResult>(controller.Countries()).FileContents;

        Assert.Equal(gzipped ? "gzip" : "", controller.Response.Headers.ContentEncoding.ToString());
        var geoJson = gzipped ? Gunzip(body) : body;
        Assert.Equal(BasemapLayers.For(_gazetteer).Countries.GeoJson, geoJson);
    }

    private static byte[] Gunzip(byte[] compressed)
    {
        using var input = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    private static Place Country(string code, string name, string wkt) =>
        new(_wkt.Read(wkt)) { Id = "country:" + code, Kind = PlaceKind.Country, Name = name, Code = code, CountryCode = code, Lat = 52.5, Lon = 23, Neighbours = [code == "AAA" ? "BBB" : "AAA"] };

    private static FeatureCollection Features(IActionResult result) => Read(Assert.IsType<FileContentResult>(result).FileContents);

    private static FeatureCollection Read(byte[] geoJson) => JsonSerializer.Deserialize<FeatureCollection>(geoJson, BasemapLayers.JsonOptions)!;

    /// <summary>A point <paramref name="km"/> east (west when negative) along the parallel, on the sphere.</summary>
    private static Point PointEastOf(double lon, double lat, double km) =>
        new(lon + (km / (111.195 * Math.Cos(lat * Math.PI / 180))), lat);

    private static string Circle(double lon, double lat, double radius, int vertices)
    {
        var ring = Enumerable.Range(0, vertices + 1)
            .Select(i => 2 * Math.PI * (i % vertices) / vertices)
            .Select(t => FormattableString.Invariant($"{lon + (radius * Math.Cos(t))} {lat + (radius * Math.Sin(t))}"));
        return $"POLYGON (({string.Join(", ", ring)}))";
    }
}
