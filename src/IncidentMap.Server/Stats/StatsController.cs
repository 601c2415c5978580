using IncidentMap.Geoparsing.Places;
using IncidentMap.Server.Caching;
using IncidentMap.Server.Layers;
using IncidentMap.Server.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace IncidentMap.Server.Stats;

/// <summary>Counts over time, for the map's timeline.</summary>
[ApiController]
[Route("api/stats")]
[Produces("application/json")]
[OutputCache(PolicyName = LayerCache.Policy)]
public sealed class StatsController(IIncidentStore store, Gazetteer gazetteer) : ControllerBase
{
    /// <summary>Up to about 92 days of dates are counted per day, up to about three years per week, beyond per month.</summary>
    private const int _maxDays = 92;
    private const int _maxWeeks = 160;

    /// <summary>Dated incidents per day, week or month (by the span of their dates) for the bbox, type, country, article
    /// and datetime filters.</summary>
    [HttpGet("timeline")]
    [ProducesResponseType<Timeline>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<Timeline> Timeline([FromQuery] LayerQuery query, CancellationToken cancellationToken)
    {
        var filter = LayerFilters.Parse(query, gazetteer, 1);
        var days = await store.CountByDayAsync(filter, cancellationToken);
        if (days.Count == 0) return new Timeline("day", null, null, 0, []);
        var (first, last) = (days[0].Day, days[^1].Day);
        var span = last.DayNumber - first.DayNumber + 1;
        var interval = span <= _maxDays ? "day" : span <= _maxWeeks * 7 ? "week" : "month";
        var buckets = new List<TimelineBucket>();
        for (var start = StartOf(first, interval); start <= last; start = Next(start, interval))
        {
            var end = Next(start, interval).AddDays(-1);
            buckets.Add(new TimelineBucket(start, end, 0));
        }
        var at = 0;
        foreach (var day in days)
        {
            while (buckets[at].End < day.Day) at++;
            buckets[at] = buckets[at] with { Count = buckets[at].Count + day.Count };
        }
        return new Timeline(interval, first, last, days.Sum(d => d.Count), buckets);
    }

    private static DateOnly StartOf(DateOnly day, string interval) => interval switch
    {
        "week" => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        "month" => new DateOnly(day.Year, day.Month, 1),
        _ => day,
    };

    private static DateOnly Next(DateOnly start, string interval) => interval switch
    {
        "week" => start.AddDays(7),
        "month" => start.AddMonths(1),
        _ => start.AddDays(1),
    };
}
