using System.Collections.Frozen;

namespace IncidentMap.Geoparsing.Parsing;

/// <summary>
/// Resolves the time words of a clause against the article date: a weekday is the latest such day on or before it
/// ("Friday"), "this week" the week it falls in, "in January" the most recent such month, "May 3" a day, "December 5,
/// 2024" that day; "in 2016", "since 2014", "years ago" and "last year" are background, "tomorrow" and "next week" the
/// future. Total over every <see cref="DateOnly"/>: arithmetic past either end of the calendar stops at that end.
/// </summary>
internal static class EventDates
{
    private static readonly LexiconSections _lexicon = LexiconSections.Read("en", "event-time");
    private static readonly FrozenDictionary<string, int> _weekdays = Numbered("weekdays");
    private static readonly FrozenDictionary<string, int> _months = Numbered("months");
    private static readonly FrozenSet<string> _today = _lexicon.Words("today");
    private static readonly FrozenSet<string> _yesterday = _lexicon.Words("yesterday");
    private static readonly FrozenSet<string> _tomorrow = _lexicon.Words("tomorrow");
    private static readonly FrozenSet<string> _dayParts = _lexicon.Words("day-parts");
    private static readonly FrozenSet<string> _week = _lexicon.Words("week");
    private static readonly FrozenSet<string> _month = _lexicon.Words("month");
    private static readonly FrozenSet<string> _year = _lexicon.Words("year");
    private static readonly FrozenSet<string> _this = _lexicon.Words("this");
    private static readonly FrozenSet<string> _last = _lexicon.Words("last");
    private static readonly FrozenSet<string> _next = _lexicon.Words("next");
    private static readonly FrozenSet<string> _later = _lexicon.Words("later");
    private static readonly FrozenSet<string> _dayUnits = _lexicon.Words("day-units");
    private static readonly FrozenSet<string> _weekUnits = _lexicon.Words("week-units");
    private static readonly FrozenSet<string> _longUnits = _lexicon.Words("long-units");
    private static readonly FrozenSet<string> _yearPrepositions = _lexicon.Words("year-prepositions");
    private static readonly FrozenSet<string> _background = _lexicon.Words("background");
    private static readonly FrozenSet<string> _since = _lexicon.Words("since");
    private static readonly string[][] _backgroundPhrases = _lexicon.Phrases("background-phrases").ToArray();

    /// <summary>Every word a time expression is read from: a clause without one costs one lookup per word.</summary>
    private static readonly FrozenSet<string> _timeWords = _weekdays.Keys.Concat(_months.Keys).Concat(_today).Concat(_yesterday)
        .Concat(_tomorrow).Concat(_background).Concat(_backgroundPhrases.Select(p => p[0])).Concat(_dayParts).Concat(_week)
        .Concat(_month).Concat(_year).Concat(_since).Append("ago").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The first time expression in tokens [first, end), or null when they hold none.</summary>
    /// <param name="article">The article.</param>
    /// <param name="first">First token of the clause.</param>
    /// <param name="end">Token after the clause.</param>
    /// <param name="articleDate">The publication date, if known: relative words resolve against it.</param>
    public static EventTime? Find(Article article, int first, int end, DateOnly? articleDate)
    {
        for (var k = first; k < end; k++)
        {
            var token = article[k];
            if (token.Shape == TokenShape.Punctuation || token.Shape == TokenShape.Word && !_timeWords.Contains(token.Folded)) continue;
            if (Read(article, k, end, articleDate) is { } time) return time;
        }
        return null;
    }

    private static EventTime? Read(Article article, int k, int end, DateOnly? today)
    {
        var token = article[k];
        var word = token.Folded;
        var before = article.Word(k - 1);
        if (token.Shape == TokenShape.Number) return Year(article, k, end, today);
        if (token.Capitalized && _weekdays.TryGetValue(word, out var weekday))
        {
            if (_next.Contains(before))
            {
                return new(today is { } t ? Shift(t, (weekday - (int)t.DayOfWeek + 6) % 7 + 1) : null, DatePrecision.Day, TimeRelation.Future, k - 1, k + 1);
            }
            return new(today is { } d ? Shift(d, -(((int)d.DayOfWeek - weekday + 7) % 7)) : null, DatePrecision.Day, TimeRelation.Recent, k, k + 1);
        }
        if (token.Capitalized && _months.TryGetValue(word, out var month) && (word != "may" || MonthContext(article, k)))
        {
            return Month(article, k, end, month, today);
        }
        if (_today.Contains(word)) return new(today, DatePrecision.Day, TimeRelation.Recent, k, k + 1);
        if (_yesterday.Contains(word)) return new(today is { } y ? Shift(y, -1) : null, DatePrecision.Day, TimeRelation.Recent, k, k + 1);
        if (_tomorrow.Contains(word)) return new(today is { } m ? Shift(m, 1) : null, DatePrecision.Day, TimeRelation.Future, k, k + 1);
        // "since the start of the war", "since its independence": a span from history to now.
        if (_since.Contains(word) && article.Word(k + 1) is "the" or "its" or "their")
        {
            return new(null, DatePrecision.Month, TimeRelation.Background, k, Math.Min(end, k + 2));
        }
        if (_background.Contains(word) || StartsPhrase(article, k, end, _backgroundPhrases))
        {
            return new(null, DatePrecision.Month, TimeRelation.Background, k, k + 1);
        }
        if (word == "ago" && Ago(article, k, today) is { } ago) return ago;
        if (_this.Contains(before) || _last.Contains(before) || _next.Contains(before)) return Relative(article, k, today);
        return null;
    }

    /// <summary>"this morning", "last night", "this week", "last month", "next week", "last year".</summary>
    private static EventTime? Relative(Article article, int k, DateOnly? today)
    {
        var word = article[k].Folded;
        var before = article.Word(k - 1);
        var step = _next.Contains(before) ? 1 : _last.Contains(before) ? -1 : 0;
        // "later this week" is still to come, though it is this week; "earlier this week" has come.
        var relation = step > 0 || _later.Contains(article.Word(k - 2)) ? TimeRelation.Future : TimeRelation.Recent;
        var first = article.Word(k - 2) is "earlier" or "later" ? k - 2 : k - 1;
        if (_dayParts.Contains(word))
        {
            var date = today is { } d ? Shift(d, word == "night" && step < 0 ? -1 : Math.Max(step, 0)) : (DateOnly?)null;
            return new(date, DatePrecision.Day, relation, first, k + 1);
        }
        if (_week.Contains(word)) return new(today is { } w ? Shift(WeekStart(w), 7 * step) : null, DatePrecision.Week, relation, first, k + 1);
        if (_month.Contains(word)) return new(today is { } m ? AddMonths(MonthStart(m), step) : null, DatePrecision.Month, relation, first, k + 1);
        // A year is too coarse to be the time of a happening: "last year" is background.
        if (_year.Contains(word)) return new(null, DatePrecision.Month, step > 0 ? TimeRelation.Future : TimeRelation.Background, first, k + 1);
        return null;
    }

    /// <summary>"three days ago" is a day, "two weeks ago" a week, "months ago" and "years ago" background.</summary>
    private static EventTime? Ago(Article article, int k, DateOnly? today)
    {
        var unit = article.Word(k - 1);
        var count = article.Word(k - 2);
        var n = int.TryParse(count, out var parsed) ? parsed : count is "a" or "one" ? 1 : count is "two" ? 2 : count is "three" ? 3 : count is "few" or "several" ? -1 : 0;
        if (_longUnits.Contains(unit)) return new(null, DatePrecision.Month, TimeRelation.Background, k - 2, k + 1);
        if (n == 0) return null;
        if (_dayUnits.Contains(unit))
        {
            return new(today is { } d && n > 0 ? Shift(d, -Math.Min(n, 100_000)) : null, DatePrecision.Day, TimeRelation.Recent, k - 2, k + 1);
        }
        if (_weekUnits.Contains(unit))
        {
            return new(today is { } w && n > 0 ? Shift(WeekStart(w), -7 * Math.Min(n, 10_000)) : null, DatePrecision.Week, TimeRelation.Recent, k - 2, k + 1);
        }
        return null;
    }

    /// <summary>"December 5", "5 December", "December 5, 2024", "in December", "December 2024".</summary>
    private static EventTime Month(Article article, int k, int end, int month, DateOnly? today)
    {
        int? day = null;
        var first = k;
        var last = k + 1;
        if (k + 1 < end && DayNumber(article, k + 1) is { } after) (day, last) = (after, k + 2);
        else if (DayNumber(article, k - 1) is { } beforeDay) (day, first) = (beforeDay, k - 1);
        int? year = null;
        var y = last < end && article[last].Folded == "," ? last + 1 : last;
        if (y < end && YearNumber(article, y) is { } written) (year, last) = (written, y + 1);
        var since = _since.Contains(article.Word(first - 1));
        if (year is null && today is null) return new(null, day is null ? DatePrecision.Month : DatePrecision.Day, TimeRelation.Recent, first, last);
        var resolvedYear = year ?? (month <= today!.Value.Month ? today.Value.Year : today.Value.Year - 1);
        var date = MakeDate(resolvedYear, month, day ?? 1);
        var relation = TimeRelation.Recent;
        if (today is { } t)
        {
            if (date > t && year is not null) relation = TimeRelation.Future;
            else if (t.DayNumber - date.DayNumber > 366 || since && t.DayNumber - date.DayNumber > 31) relation = TimeRelation.Background;
        }
        return new(date, day is null ? DatePrecision.Month : DatePrecision.Day, relation, first, last);
    }

    /// <summary>"in 2016", "since 2014", "the 1990s": a year alone is background (or the future when after the article).</summary>
    private static EventTime? Year(Article article, int k, int end, DateOnly? today)
    {
        var word = article[k].Folded;
        var decade = word.Length == 5 && word[4] == 's' && int.TryParse(word.AsSpan(0, 4), out var d) && d is >= 1000 and <= 2999;
        if (decade) return new(null, DatePrecision.Month, TimeRelation.Background, k, k + 1);
        // "in 2016", "since 2014", and "the 1995 massacre", "the 2022 invasion".
        if (YearNumber(article, k) is not { } year || !_yearPrepositions.Contains(article.Word(k - 1)) && !(article.Word(k - 1) == "the" && year is >= 1900 and <= 2099))
        {
            return null;
        }
        var relation = today is { } t && year > t.Year ? TimeRelation.Future : TimeRelation.Background;
        return new(null, DatePrecision.Month, relation, k - 1, k + 1);
    }

    private static int? DayNumber(Article article, int k)
    {
        if (k < 0 || k >= article.Count || article[k].Shape != TokenShape.Number) return null;
        var text = article[k].Folded;
        // "5th" folds to "5th": read the leading digits.
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits])) digits++;
        return digits is 1 or 2 && int.TryParse(text.AsSpan(0, digits), out var day) && day is >= 1 and <= 31 && (digits == text.Length || text[digits..] is "st" or "nd" or "rd" or "th")
            ? day
            : null;
    }

    private static int? YearNumber(Article article, int k) =>
        k >= 0 && k < article.Count && article[k].Shape == TokenShape.Number && article[k].Folded.Length == 4
        && int.TryParse(article[k].Folded, out var year) && year is >= 1000 and <= 2999
            ? year
            : null;

    private static bool StartsPhrase(Article article, int k, int end, string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (k + phrase.Length > end) continue;
            var match = true;
            for (var i = 0; i < phrase.Length && match; i++) match = article[k + i].Folded == phrase[i];
            if (match) return true;
        }
        return false;
    }

    /// <summary>"May" is a month after "in", "since", "until", "by", "early", "late" or next to a day number.</summary>
    private static bool MonthContext(Article article, int k) =>
        article.Word(k - 1) is "in" or "since" or "until" or "by" or "early" or "late" or "mid" or "last" or "this" or "of" or "next"
        || k + 1 < article.Count && article[k + 1].Shape == TokenShape.Number
        || DayNumber(article, k - 1) is not null;

    private static DateOnly WeekStart(DateOnly date) => Shift(date, -(((int)date.DayOfWeek + 6) % 7));

    private static DateOnly MonthStart(DateOnly date) => new(date.Year, date.Month, 1);

    /// <summary>Days added, stopping at the first or last representable day.</summary>
    internal static DateOnly Shift(DateOnly date, int days)
    {
        var target = (long)date.DayNumber + days;
        return DateOnly.FromDayNumber((int)Math.Clamp(target, DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber));
    }

    private static DateOnly AddMonths(DateOnly monthStart, int months)
    {
        var index = monthStart.Year * 12L + monthStart.Month - 1 + months;
        return MakeDate((int)Math.Clamp(index / 12, 0, 10_000), (int)(index % 12) + 1, 1);
    }

    /// <summary>The date, with the day capped at the month's length and the year kept inside the calendar.</summary>
    private static DateOnly MakeDate(int year, int month, int day)
    {
        if (year < DateOnly.MinValue.Year) return DateOnly.MinValue;
        if (year > DateOnly.MaxValue.Year) return DateOnly.MaxValue;
        return new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
    }

    private static FrozenDictionary<string, int> Numbered(string name)
    {
        var words = _lexicon.Ordered(name);
        // Weekdays count from Monday as DayOfWeek does from Sunday; months from 1.
        return words.Select((w, i) => (w, i)).ToFrozenDictionary(p => p.w, p => name == "weekdays" ? (p.i + 1) % 7 : p.i + 1, StringComparer.Ordinal);
    }
}
