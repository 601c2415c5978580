using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.Simplify;

namespace IncidentMap.Geoparsing.Places;

/// <summary>
/// Airspace entries: a country's land plus its 12-nautical-mile territorial sea, minus its neighbours' land.
/// The sea is a geodesic buffer: the coast is cut into 10° tiles and each tile is buffered in metres in an
/// azimuthal equidistant projection centred on it, where lengths are true to well under 1 %.
/// </summary>
internal static class AirspacePlaces
{
    public const double TerritorialSeaMetres = 12 * Geodesy.NauticalMileMetres;

    // About 0.5 km: far below the 22 km buffer, and it makes the world's coastline cheap to buffer.
    internal const double SimplifyDegrees = 0.005;
    internal const double TileDegrees = 10;

    public static List<Place> Build(IReadOnlyList<Place> countries, IProgress<string>? progress)
    {
        var withLand = countries.Where(c => c.Geometry is Polygon or MultiPolygon).ToArray();
        var simplified = new Geometry[withLand.Length];
        Parallel.For(0, withLand.Length, i => simplified[i] = Overlay.Valid(DouglasPeuckerSimplifier.Simplify(withLand[i].Geometry, SimplifyDegrees)));
        var index = new STRtree<int>();
        for (var i = 0; i < simplified.Length; i++) index.Insert(simplified[i].EnvelopeInternal, i);
        index.Build();

        var result = new Place?[withLand.Length];
        var done = 0;
        Parallel.For(0, withLand.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var country = withLand[i];
            var sea = Buffer(simplified[i], TerritorialSeaMetres);
            foreach (var j in index.Query(sea.EnvelopeInternal))
            {
                if (j != i && simplified[j].EnvelopeInternal.Intersects(sea.EnvelopeInternal)) sea = Overlay.Difference(sea, simplified[j]);
            }
            result[i] = new Place(sea)
            {
                Id = "airspace:" + country.Code,
                Kind = PlaceKind.Airspace,
                Name = country.Name + " airspace",
                Names = new NameList().Add(country.Name + " airspace").Add(country.Name + "'s airspace").Add("airspace of " + country.Name)
                    .AddRange(country.Demonyms.Select(d => d + " airspace")).ToArray(),
                Code = country.Code,
                Alpha2 = country.Alpha2,
                CountryCode = country.Code,
                Lat = country.Lat,
                Lon = country.Lon,
                Neighbours = country.Neighbours,
            };
            var n = Interlocked.Increment(ref done);
            if (n % 25 == 0) progress?.Report($"airspace: {n}/{withLand.Length} territorial seas");
        });
        return [.. result.OfType<Place>()];
    }

    /// <summary>A geodesic buffer of <paramref name="land"/> by <paramref name="metres"/>, built tile by tile.</summary>
    internal static Geometry Buffer(Geometry land, double metres)
    {
        var factory = GeometryFactories.Wgs84;
        var env = land.EnvelopeInternal;
        var pieces = new List<Geometry>();
        var marginLat = metres * 1.5 / 111_000;
        for (var lat = Math.Floor(env.MinY / TileDegrees) * TileDegrees; lat < env.MaxY; lat += TileDegrees)
        {
            var worstLat = Math.Min(89.0, Math.Max(Math.Abs(lat), Math.Abs(lat + TileDegrees)) + marginLat);
            var marginLon = Math.Min(60, marginLat / Math.Cos(double.DegreesToRadians(worstLat)));
            for (var lon = Math.Floor(env.MinX / TileDegrees) * TileDegrees; lon < env.MaxX; lon += TileDegrees)
            {
                var tile = new Envelope(lon, lon + TileDegrees, lat, lat + TileDegrees);
                var clipEnvelope = new Envelope(lon - marginLon, lon + TileDegrees + marginLon, lat - marginLat, lat + TileDegrees + marginLat);
                if (!clipEnvelope.Intersects(env)) continue;
                var part = Overlay.Intersection(land, factory.ToGeometry(clipEnvelope));
                if (part.IsEmpty) continue;
                var projection = new AzimuthalEquidistant(lat + TileDegrees / 2, lon + TileDegrees / 2);
                var buffered = projection.Inverse(projection.Forward(part).Buffer(metres, 6));
                // Near the poles the unprojected ring can cross itself; repair rather than lose the tile.
                buffered = Overlay.Valid(buffered);
                var clipped = Overlay.Intersection(buffered, factory.ToGeometry(tile));
                if (!clipped.IsEmpty) pieces.Add(clipped);
            }
        }
        return pieces.Count == 0 ? land : Overlay.Union(pieces);
    }
}
