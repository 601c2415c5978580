using System.Text.Json;
using IncidentMap.Geoparsing.Places;
using IncidentMap.Server.Errors;
using IncidentMap.Server.Layers;
using Microsoft.AspNetCore.Mvc;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.Precision;
using NetTopologySuite.Simplify;

namespace IncidentMap.Server.Basemap;

/// <summary>
/// The area within a distance of a land border, for drawing the near-border search on the map. The border line
/// is buffered in kilometres in an azimuthal equidistant projection centred on the border, so the drawn edge
/// sits at the geodesic distance the near-border query measures (to within about 0.5 % for borders up to a few
/// thousand kilometres long).
/// </summary>
[ApiController]
[Route("api/basemap/border-buffer")]
[Produces("application/geo+json")]
public sealed class BorderBufferController(Gazetteer gazetteer) : ControllerBase
{
    private const double _maxKm = 1000;
    private static readonly PrecisionModel _rounding = new(10000);

    /// <summary>The buffer polygon and the border line as a GeoJSON FeatureCollection.</summary>
    /// <param name="a">A country: alpha-2, alpha-3 or English name.</param>
    /// <param name="b">The neighbouring country.</param>
    /// <param name="km">The distance from the border line, in kilometres (above 0, at most 1000).</param>
    [HttpGet]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public IActionResult Get([FromQuery] string? a, [FromQuery] string? b, [FromQuery] string? km)
    {
        var countryA = QueryParameters.Country(a ?? throw Missing("a"), gazetteer, "a")!;
        var countryB = QueryParameters.Country(b ?? throw Missing("b"), gazetteer, "b")!;
        var distance = QueryParameters.PositiveNumber(km ?? throw Missing("km"), "km", _maxKm)!.Value;
        var border = gazetteer.FindBorder(countryA.Code!, countryB.Code!);
        if (border is null)
            return Problems.Result(StatusCodes.Status404NotFound, "No such border", $"{countryA.Name} and {countryB.Name} share no land border.");

        var line = border.Geometry;
        var projection = new AzimuthalEquidistant(line.EnvelopeInternal.Centre.Y, line.EnvelopeInternal.Centre.X);
        var metres = distance * 1000;
        // Vertices closer than a fiftieth of the distance do not change the buffer's drawn shape.
        var projected = DouglasPeuckerSimplifier.Simplify(projection.Forward(line), Math.Max(50, metres / 50));
        var buffer = projection.Inverse(projected.Buffer(metres, 12));
        var features = new FeatureCollection
        {
            new Feature(GeometryPrecisionReducer.ReducePointwise(buffer, _rounding),
                new AttributesTable { { "kind", "buffer" }, { "border", border.Id }, { "km", distance } }),
            new Feature(line, new AttributesTable { { "kind", "border" }, { "border", border.Id }, { "name", border.Name } }),
        };
        return File(JsonSerializer.SerializeToUtf8Bytes(features, BasemapLayers.JsonOptions), "application/geo+json");
    }

    private static InvalidParameterException Missing(string name) =>
        new(name, name == "km" ? "'km' is required: the distance from the border in kilometres." : $"'{name}' is required: a country as ISO alpha-2, alpha-3 or English name.");
}
