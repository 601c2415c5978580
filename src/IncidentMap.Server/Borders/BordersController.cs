using IncidentMap.Geoparsing.Places;
using IncidentMap.Server.Layers;
using IncidentMap.Server.Storage;
using Microsoft.AspNetCore.Mvc;

namespace IncidentMap.Server.Borders;

/// <summary>The land border pairs, for a border picker: names and lengths, no geometry.</summary>
[ApiController]
[Route("api/borders")]
[Produces("application/json")]
public sealed class BordersController(IIncidentStore store, Gazetteer gazetteer) : ControllerBase
{
    /// <summary>Every land border (or those of <c>country</c>), ordered by id.</summary>
    /// <param name="country">Only this country's borders: ISO alpha-2, alpha-3 or English name.</param>
    /// <param name="cancellationToken">Aborts with the request.</param>
    [HttpGet]
    [ProducesResponseType<IReadOnlyList<BorderPair>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<IReadOnlyList<BorderPair>> List([FromQuery(Name = "country")] string? country, CancellationToken cancellationToken)
    {
        var place = QueryParameters.Country(country, gazetteer);
        var page = await store.QueryBordersAsync(new BorderFilter { Country = place?.Code, Limit = QueryParameters.MaxLimit }, cancellationToken);
        return page.Items
            .Select(b => new BorderPair(b.Id, new BorderCountry(b.CountryA, b.NameA), new BorderCountry(b.CountryB, b.NameB), Math.Round(b.LengthKm, 1)))
            .ToList();
    }
}
