using System.Globalization;
using IncidentMap.Server.Errors;

namespace IncidentMap.Server.Articles;

/// <summary>
/// The window an article's publication date must fall in: from 1900-01-01 to one day after now (UTC), which leaves
/// room for every time zone and for clocks a little ahead. A date outside it is a typo or a placeholder
/// (<c>0001-01-01</c>, <c>9999-12-31</c>) that would date every incident of the article wrongly and stretch the
/// map's time slider, so it is refused with a 400 naming the field.
/// </summary>
public static class PublicationDate
{
    public static readonly DateTimeOffset Earliest = new(1900, 1, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly TimeSpan Ahead = TimeSpan.FromDays(1);

    /// <summary>Returns the date when it is in the window; throws <see cref="InvalidParameterException"/> naming
    /// <paramref name="field"/> when it is not.</summary>
    public static DateTimeOffset? Check(DateTimeOffset? published, string field, string? where = null, TimeProvider? clock = null)
    {
        if (published is not { } date) return null;
        var latest = (clock ?? TimeProvider.System).GetUtcNow() + Ahead;
        var what = $"'{field}'{where} {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        if (date < Earliest)
            throw new InvalidParameterException(field, $"{what} is before {Earliest:yyyy-MM-dd}; give the article's real publication date.");
        if (date > latest)
            throw new InvalidParameterException(field, $"{what} is more than a day in the future; give the article's real publication date.");
        return date;
    }
}
