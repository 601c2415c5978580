using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Geoparsing.Parsing;

/// <summary>
/// One happening, one incident per article: a later report of an incident of the same subtype whose date agrees
/// (the same day, or a week or month that holds it, or no date of its own) and whose place agrees (the same place,
/// one inside the other, or none of its own) is the same happening; so is another kind of strike or protest at the
/// same named place. The group keeps its most informative sentence and counts the reports.
/// </summary>
internal static class IncidentMerger
{
    /// <summary>The most groups a draft is compared with: an article reports a handful of happenings.</summary>
    private const int _maxGroups = 64;

    public static List<Incident> Merge(List<IncidentDraft> drafts, Article article)
    {
        var groups = new List<IncidentDraft>();
        foreach (var draft in drafts)
        {
            var same = -1;
            for (var g = 0; g < groups.Count && g < _maxGroups && same < 0; g++)
            {
                article.CountWork();
                if (SameHappening(groups[g], draft)) same = g;
            }
            if (same < 0)
            {
                groups.Add(draft);
                continue;
            }
            var kept = groups[same];
            var reports = kept.Reports + draft.Reports;
            var best = draft.Information > kept.Information ? draft : kept;
            var other = best == draft ? kept : draft;
            best.Reports = reports;
            // A protest one sentence reports and another says was dispersed is a protest with intervention.
            if (Severity(other.Incident) > Severity(best.Incident))
            {
                best.Incident = best.Incident with { Subtype = other.Incident.Subtype, Type = other.Incident.Type };
            }
            groups[same] = best;
        }
        var incidents = new List<Incident>(groups.Count);
        foreach (var group in groups.OrderBy(g => g.Frame.Cue.First))
        {
            var incident = group.Incident;
            incidents.Add(group.Reports == 1 ? incident : incident with { Evidence = incident.Evidence! with { Reports = group.Reports } });
        }
        return incidents;
    }

    /// <summary>How severe a protest is; other kinds keep the kind of their most informative report.</summary>
    private static int Severity(Incident incident) =>
        incident.Subtype == IncidentTypes.ProtestWithIntervention.Subtype ? 1
        : incident.Subtype == IncidentTypes.ViolentDemonstration.Subtype ? 2
        : 0;

    private static bool SameHappening(IncidentDraft a, IncidentDraft b)
    {
        if (a.Incident.Subtype == b.Incident.Subtype) return DatesAgree(a, b) && PlacesAgree(a.OwnPlaces, b.OwnPlaces);
        // "Missiles struck Odesa ... The strike on Odesa also damaged ...", "protesters ... police dispersed the crowd":
        // a strike or a protest at one named place is one happening told in other words. Other kinds of one type
        // (a drone downed and an airspace violated) are different happenings, as are kinds without a place of their own.
        return a.Incident.Type == b.Incident.Type && a.Incident.Type is IncidentTypes.RemoteViolence or IncidentTypes.ProtestsRiots
               && a.OwnPlaces.Count > 0 && b.OwnPlaces.Count > 0 && DatesAgree(a, b) && PlacesAgree(a.OwnPlaces, b.OwnPlaces);
    }

    private static bool DatesAgree(IncidentDraft a, IncidentDraft b)
    {
        if (!a.Dated || !b.Dated) return true;
        var (x, y) = (a.Incident, b.Incident);
        if (x.Date is not { } dx || y.Date is not { } dy) return true;
        return Holds(dx, x.DatePrecision, dy) || Holds(dy, y.DatePrecision, dx);
    }

    /// <summary>The period starting at <paramref name="start"/> with this precision holds <paramref name="day"/>.</summary>
    private static bool Holds(DateOnly start, DatePrecision precision, DateOnly day) => precision switch
    {
        DatePrecision.Day => start == day,
        DatePrecision.Week => day.DayNumber >= start.DayNumber && day.DayNumber < start.DayNumber + 7,
        _ => day.Year == start.Year && day.Month == start.Month,
    };

    private static bool PlacesAgree(IReadOnlyList<Place> a, IReadOnlyList<Place> b)
    {
        if (a.Count == 0 || b.Count == 0) return true;
        foreach (var p in a)
        {
            foreach (var q in b)
            {
                if (p.Id == q.Id || Inside(p, q) || Inside(q, p)) return true;
            }
        }
        return false;
    }

    private static bool Inside(Place inner, Place outer) => outer.Kind switch
    {
        PlaceKind.Country or PlaceKind.Airspace => inner.CountryCode == outer.CountryCode && outer.CountryCode is not null,
        PlaceKind.Admin1 => inner.Admin1Code == outer.Code && outer.Code is not null,
        _ => false,
    };
}
