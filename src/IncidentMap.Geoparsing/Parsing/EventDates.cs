namespace IncidentMap.Geoparsing.Parsing;

/// <summary>
/// Resolves the time words of a clause against the article date: a weekday is the latest such day on or before it
/// ("Friday", "Wednesday"), "this week" the week it falls in, "in January" the most recent such month, "May 3" a day.
/// </summary>
internal static class EventDates
{
    /// <summary>The date the tokens [first, end) give, or null when they name none.</summary>
    public static (DateOnly Date, DatePrecision Precision)? Find(Article article, int first, int end, DateOnly articleDate)
    {
        for (var k = first; k < end; k++)
        {
            var token = article[k];
            if (!token.IsWord) continue;
            var word = token.Folded;
            if (token.Capitalized && Weekday(word) is { } weekday && article.Word(k - 1) != "next")
            {
                var back = ((int)articleDate.DayOfWeek - (int)weekday + 7) % 7;
                return (articleDate.AddDays(-back), DatePrecision.Day);
            }
            if (token.Capitalized && Month(word) is { } month && (word != "may" || MonthContext(article, k)))
            {
                var year = month <= articleDate.Month ? articleDate.Year : articleDate.Year - 1;
                if (k + 1 < end && article[k + 1].Shape == TokenShape.Number && int.TryParse(article[k + 1].Folded, out var day)
                    && day >= 1 && day <= DateTime.DaysInMonth(year, month))
                {
                    return (new DateOnly(year, month, day), DatePrecision.Day);
                }
                return (new DateOnly(year, month, 1), DatePrecision.Month);
            }
            switch (word)
            {
                case "today" or "tonight" or "overnight":
                    return (articleDate, DatePrecision.Day);
                case "yesterday":
                    return (articleDate.AddDays(-1), DatePrecision.Day);
                case "week" when article.Word(k - 1) == "this":
                    return (WeekStart(articleDate), DatePrecision.Week);
                case "week" when article.Word(k - 1) == "last":
                    return (WeekStart(articleDate).AddDays(-7), DatePrecision.Week);
                case "month" when article.Word(k - 1) == "this":
                    return (new DateOnly(articleDate.Year, articleDate.Month, 1), DatePrecision.Month);
                default:
                    break;
            }
        }
        return null;
    }

    private static DateOnly WeekStart(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    /// <summary>"May" is a month after "in", "since", "until", "by", "early", "late" or before a day number.</summary>
    private static bool MonthContext(Article article, int k) =>
        article.Word(k - 1) is "in" or "since" or "until" or "by" or "early" or "late" or "mid" or "last" or "this" or "of"
        || k + 1 < article.Count && article[k + 1].Shape == TokenShape.Number;

    private static DayOfWeek? Weekday(string word) => word switch
    {
        "monday" => DayOfWeek.Monday,
        "tuesday" => DayOfWeek.Tuesday,
        "wednesday" => DayOfWeek.Wednesday,
        "thursday" => DayOfWeek.Thursday,
        "friday" => DayOfWeek.Friday,
        "saturday" => DayOfWeek.Saturday,
        "sunday" => DayOfWeek.Sunday,
        _ => null,
    };

    private static int? Month(string word) => word switch
    {
        "january" => 1,
        "february" => 2,
        "march" => 3,
        "april" => 4,
        "may" => 5,
        "june" => 6,
        "july" => 7,
        "august" => 8,
        "september" => 9,
        "october" => 10,
        "november" => 11,
        "december" => 12,
        _ => null,
    };
}
