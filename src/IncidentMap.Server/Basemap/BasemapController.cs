using IncidentMap.Geoparsing.Places;
using Microsoft.AspNetCore.Mvc;

namespace IncidentMap.Server.Basemap;

/// <summary>
/// The map page's offline basemap: the gazetteer's country outlines and seas, simplified for drawing,
/// so the page shows land and water with no tile server.
/// </summary>
[ApiController]
[Route("api/basemap")]
[Produces(_geoJson)]
public sealed class BasemapController(Gazetteer gazetteer) : ControllerBase
{
    private const string _geoJson = "application/geo+json";

    /// <summary>Country outlines as a GeoJSON FeatureCollection (name, code).</summary>
    [HttpGet("countries")]
    public IActionResult Countries() => Layer(BasemapLayers.For(gazetteer).Countries);

    /// <summary>Seas, gulfs and bays as a GeoJSON FeatureCollection (name).</summary>
    [HttpGet("seas")]
    public IActionResult Seas() => Layer(BasemapLayers.For(gazetteer).Seas);

    private FileContentResult Layer(BasemapLayer layer)
    {
        // The outlines change only with the gazetteer, i.e. with a new server build or data set.
        Response.Headers.CacheControl = "public, max-age=3600";
        Response.Headers.Vary = "Accept-Encoding";
        if (!AcceptsGzip()) return File(layer.GeoJson, _geoJson);
        Response.Headers.ContentEncoding = "gzip";
        return File(layer.Gzip, _geoJson);
    }

    private bool AcceptsGzip() =>
        Request.GetTypedHeaders().AcceptEncoding.Any(e => e.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase) && e.Quality is not 0);
}
