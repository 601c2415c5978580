using IncidentMap.Geoparsing.Places;
using IncidentMap.Server.Storage;
using IncidentMap.Server.Tests.Api;
using StoreBench;

namespace IncidentMap.Server.Tests.Browser;

/// <summary>Synthetic incidents over Europe from the store benchmark's generator (fixed seed), as articles of many
/// incidents parsed by hand, written through the store's own ingest.</summary>
internal static class EuropeIncidents
{
    public static async Task AddAsync(IIncidentStore store, Gazetteer gazetteer, int incidents, int perArticle, CancellationToken cancellationToken)
    {
        var europe = new SyntheticEurope(gazetteer, seed: 42);
        for (var article = 0; article * perArticle < incidents; article++)
        {
            var (parsed, parse) = SyntheticIncidents.Report("Synthetic", article, Math.Min(perArticle, incidents - article * perArticle), _ =>
            {
                var (place, geo) = europe.NextPlace();
                var (type, subtype) = europe.NextSubtype();
                return new SyntheticIncident(place, geo, type, subtype, europe.NextDate());
            });
            await store.AddArticleAsync(parsed, parse, cancellationToken);
        }
    }
}
