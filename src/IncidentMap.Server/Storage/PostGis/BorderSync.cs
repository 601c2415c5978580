using IncidentMap.Geoparsing.Places;
using Microsoft.EntityFrameworkCore;

namespace IncidentMap.Server.Storage.PostGis;

/// <summary>Brings the stored border lines in line with the gazetteer: new ones added, changed ones updated, ones it no
/// longer has removed.</summary>
internal static class BorderSync
{
    public static async Task RunAsync(IncidentDbContext db, Gazetteer gazetteer, CancellationToken cancellationToken)
    {
        var lines = BorderLines.From(gazetteer).ToList();
        var ids = lines.Select(l => l.Id).ToArray();
        var places = await db.Places.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var changed = new List<string>();
        var borders = await db.Borders.Where(b => ids.Contains(b.PlaceId)).ToDictionaryAsync(b => b.PlaceId, cancellationToken);
        foreach (var line in lines)
        {
            var source = gazetteer.Get(line.Id)!;
            if (!places.TryGetValue(line.Id, out var place))
            {
                place = new PlaceRow { Id = line.Id, Kind = PlaceKind.Border, Name = source.Name, Geometry = line.Geometry };
                db.Places.Add(place);
                changed.Add(line.Id);
            }
            place.Name = source.Name;
            place.Code = source.Code;
            place.Lat = source.Lat;
            place.Lon = source.Lon;
            if (!place.Geometry.EqualsExact(line.Geometry))
            {
                place.Geometry = line.Geometry;
                changed.Add(line.Id);
            }

            if (!borders.TryGetValue(line.Id, out var border))
            {
                border = new BorderRow { PlaceId = line.Id, CountryA = line.CountryA, NameA = line.NameA, CountryB = line.CountryB, NameB = line.NameB };
                db.Borders.Add(border);
                // A border listed again after a gazetteer dropped it lost its distances then: measure it afresh.
                changed.Add(line.Id);
            }
            (border.CountryA, border.NameA, border.CountryB, border.NameB, border.LengthKm) =
                (line.CountryA, line.NameA, line.CountryB, line.NameB, line.LengthKm);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // A border the gazetteer no longer has is no longer listed or measured against; its place stays, since
        // incidents may be located at it.
        var stale = await db.Borders.Where(b => !ids.Contains(b.PlaceId)).Select(b => b.PlaceId).ToListAsync(cancellationToken);
        if (stale.Count > 0)
        {
            await db.IncidentBorderDistances.Where(d => stale.Contains(d.BorderId)).ExecuteDeleteAsync(cancellationToken);
            await db.BorderDistances.Where(d => stale.Contains(d.BorderId)).ExecuteDeleteAsync(cancellationToken);
            await db.Borders.Where(b => stale.Contains(b.PlaceId)).ExecuteDeleteAsync(cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        if (changed.Count > 0) await BorderDistances.MeasureBordersAsync(db, [.. changed.Distinct()], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
