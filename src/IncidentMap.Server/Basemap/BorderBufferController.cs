using System.Text.Json;
using IncidentMap.Geoparsing.Places;
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
        if (string.IsNullOrWhiteSpace(a)) return Problem(400, "Missing parameter 'a'", "Give the first country as a code or name.");
        if (string.IsNullOrWhiteSpace(b)) return Problem(400, "Missing parameter 'b'", "Give the second country as a code or name.");
        if (!double.TryParse(km, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var distance)
            || !double.IsFinite(distance) || distance <= 0 || distance > _maxKm)
        {
            return Problem(400, "Invalid parameter 'km'", $"'km' must be a number above 0 and at most {_maxKm}.");
        }
        var border = gazetteer.FindBorder(a, b);
        if (border is null) return Problem(404, "No such land border", $"'{a}' and '{b}' do not share a land border in the gazetteer.");

        var line = border.Geometry;
        var centre = line.EnvelopeInternal.Centre;
        var projection = new AzimuthalEquidistant(centre.X, centre.Y);
        // Vertices closer than a fiftieth of the distance do not change the buffer's drawn shape.
        var projected = DouglasPeuckerSimplifier.Simplify(projection.Project(line), Math.Max(0.05, distance / 50));
        var buffer = projection.Unproject(projected.Buffer(distance, 12));
        var features = new FeatureCollection
        {
            new Feature(GeometryPrecisionReducer.ReducePointwise(buffer, _rounding),
                new AttributesTable { { "kind", "buffer" }, { "border", border.Id }, { "km", distance } }),
            new Feature(line, new AttributesTable { { "kind", "border" }, { "border", border.Id }, { "name", border.Name } }),
        };
        return File(JsonSerializer.SerializeToUtf8Bytes(features, BasemapLayers.JsonOptions), "application/geo+json");
    }

    private ObjectResult Problem(int status, string title, string detail) => Problem(detail: detail, statusCode: status, title: title);
}
