using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Server.Storage;

/// <summary>A place an incident is located at, with the mention that named it.</summary>
/// <param name="Id">Gazetteer id: <c>admin1:BY-HR</c>.</param>
/// <param name="Kind">The kind of place.</param>
/// <param name="Name">Preferred English name.</param>
/// <param name="Code">The place's code (alpha-3, ISO 3166-2, border pair, sea name or GeoNames id).</param>
/// <param name="CountryCode">Alpha-3 of the country it lies in, null for seas and borders.</param>
/// <param name="Mention">The mention as written.</param>
/// <param name="MentionStart">Start of the mention in the article text.</param>
/// <param name="MentionEnd">End of the mention in the article text (exclusive).</param>
public sealed record IncidentPlace(
    string Id,
    PlaceKind Kind,
    string Name,
    string? Code,
    string? CountryCode,
    string Mention,
    int MentionStart,
    int MentionEnd);
