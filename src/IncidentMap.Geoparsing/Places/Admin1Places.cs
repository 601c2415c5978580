using IncidentMap.Geoparsing.Sources;

namespace IncidentMap.Geoparsing.Places;

/// <summary>Admin-1 entries from Natural Earth, with the forms news writes them in ("Grodno region", "Hrodna Voblast"),
/// at GeoNames' point of the same division (<see cref="GeoNamesPoint"/>).</summary>
internal static class Admin1Places
{
    /// <summary>A division GeoNames names like the unit is the same one only when its point lies this close.</summary>
    private const double _sameDivisionKm = 250;

    public static List<Place> Build(
        IEnumerable<NaturalEarthAdmin1> units, IReadOnlyDictionary<string, string> geoNamesAdmin1, Admin1Join join, GeoNamesReference reference)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var u in units)
        {
            if (u.GeonameId is { } id && reference.Admin1ById(id) is { } byId) used.Add(byId.Code);
        }
        // GeoNames' names of the codes joined to a unit by name or by cities ("Telangana", "Navarre").
        var joinedNames = join.IsoByGeoNamesCode.Where(j => geoNamesAdmin1.ContainsKey(j.Key))
            .ToLookup(j => j.Value, j => geoNamesAdmin1[j.Key], StringComparer.Ordinal);
        var result = new List<Place>();
        // A few ISO codes are split over several Natural Earth features: one entry per code.
        foreach (var group in units.GroupBy(u => u.IsoCode))
        {
            var first = group.First();
            var names = new NameList().Add(first.Name);
            foreach (var u in group)
            {
                names.AddRange(u.BaseNames).AddRange(u.OtherNames);
                // GeoNames' English name ("Dnipropetrovsk Oblast") for the same unit, where its cities confirm the join.
                if (u.GeoNamesAdmin1 is { } gn && join.IsoByGeoNamesCode.GetValueOrDefault(gn) == u.IsoCode
                    && geoNamesAdmin1.TryGetValue(gn, out var gnName))
                {
                    names.Add(gnName);
                }
                foreach (var b in u.BaseNames) names.AddRange(NewsForms(b, u.TypeEn, u.TypeLocal));
            }
            names.AddRange(joinedNames[group.Key]);
            var geometry = group.Count() == 1 ? first.Geometry : Overlay.Union(group.Select(u => u.Geometry));
            var point = GeoNamesPoint(first, names, reference, used);
            result.Add(new Place(geometry)
            {
                Id = "admin1:" + group.Key,
                Kind = PlaceKind.Admin1,
                Name = first.Name,
                Names = names.ToArray(),
                Code = group.Key,
                CountryCode = first.Adm0A3,
                Admin1Code = group.Key,
                Type = first.TypeEn?.Split('|')[0] ?? first.TypeLocal,
                Lat = point?.Lat ?? first.Lat,
                Lon = point?.Lon ?? first.Lon,
                GeonameId = point?.GeonameId ?? first.GeonameId,
                Abbreviations = [.. group.SelectMany(u => u.ShortForms).SelectMany(Abbreviation.Variants).Distinct()],
            });
        }
        return result;
    }

    /// <summary>GeoNames' point of the unit: the division whose geonameid is Natural Earth's <c>gn_id</c>, else the one
    /// division of the country GeoNames names like the unit, near it and not taken by another unit. Units that are
    /// second-level in GeoNames (French departments, English counties) have neither and keep Natural Earth's point.</summary>
    private static ReferencePoint? GeoNamesPoint(NaturalEarthAdmin1 unit, NameList names, GeoNamesReference reference, HashSet<string> used)
    {
        if (unit.GeonameId is { } id && reference.Admin1ById(id) is { } byId) return byId.Point;
        if (reference.Alpha2(unit.Adm0A3) is not { } alpha2) return null;
        var folded = names.ToArray().Select(n => NameFolding.Fold(n)).ToHashSet(StringComparer.Ordinal);
        var matches = reference.Admin1ByName(alpha2, folded).Where(c => !used.Contains(c)).ToArray();
        if (matches is not [var code] || reference.Admin1ByCode(code) is not { } point) return null;
        if (Geodesy.DistanceKm(point.Lat, point.Lon, unit.Lat, unit.Lon) > _sameDivisionKm) return null;
        used.Add(code);
        return point;
    }

    /// <summary>"Grodno" + Region/"Voblasts'" → "Grodno region", "Grodno voblast", "Grodno voblasts", "Grodno oblast".</summary>
    internal static IEnumerable<string> NewsForms(string baseName, string? typeEn, string? typeLocal)
    {
        var words = new HashSet<string>(StringComparer.Ordinal) { "region" };
        foreach (var t in (typeEn ?? "").Split('|')) words.Add(t.Trim().ToLowerInvariant());
        foreach (var t in (typeLocal ?? "").Split('|'))
        {
            var w = t.Trim().TrimEnd('\'', '’').ToLowerInvariant();
            if (w.Length == 0 || w.Any(c => c >= 0x250)) continue;
            words.Add(w);
            if (w.EndsWith("voblasts", StringComparison.Ordinal)) words.Add("voblast");
            if (w is "oblast" or "voblast" or "voblasts" or "oblys") words.Add("oblast");
            if (w is "województwo") words.Add("voivodeship");
        }
        if (words.Contains("voivodeship")) words.Add("province");
        if (words.Contains("oblast")) words.Add("province");
        var lowerBase = baseName.ToLowerInvariant();
        foreach (var w in words)
        {
            if (w.Length == 0 || lowerBase.EndsWith(" " + w, StringComparison.Ordinal)) continue;
            yield return baseName + " " + char.ToUpperInvariant(w[0]) + w[1..];
        }
    }
}
