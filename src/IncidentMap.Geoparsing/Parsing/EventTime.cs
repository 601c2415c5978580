namespace IncidentMap.Geoparsing.Parsing;

/// <summary>Where a time expression puts an event relative to the article.</summary>
internal enum TimeRelation
{
    /// <summary>A time of the news: today, Friday, this week, May 3, last month.</summary>
    Recent,

    /// <summary>History the story recalls: "in 2016", "since 2014", "two years ago", "last year", the 1990s.</summary>
    Background,

    /// <summary>Still to come: "tomorrow", "next week", "next Friday".</summary>
    Future,
}

/// <summary>A time expression of a clause: the date it gives (when the article date or the text fixes one), how
/// precise it is, where it lies relative to the article, and its tokens [First, End).</summary>
internal readonly record struct EventTime(DateOnly? Date, DatePrecision Precision, TimeRelation Relation, int First, int End);
