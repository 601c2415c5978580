using Microsoft.EntityFrameworkCore;

namespace IncidentMap.Server.Storage.PostGis;

/// <summary>Fills <c>border_distances</c>: geodesic (spheroid) distances between places and border lines.</summary>
public static class BorderDistances
{
    /// <summary>Place–border pairs further apart than this are not stored.</summary>
    public const double MeasuredRadiusMetres = 250_000;

    // The radius in degrees of latitude, with room to spare: a degree is at least 110.5 km anywhere on the spheroid,
    // and a degree of longitude at latitude φ at least that times cos φ.
    private const double _radiusDegrees = MeasuredRadiusMetres / 110_000.0;

    /// <summary>Incident-to-border distances are kept within this radius: the widest near-border query.</summary>
    public const double IncidentRadiusMetres = 100_000;

    /// <summary>The incident rows of <c>incident_border_distances</c> from the place distances, for some incidents.</summary>
    public static Task<int> MeasureIncidentsAsync(IncidentDbContext db, long[] incidentIds, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO incident_border_distances (border_id, incident_id, distance_m, point_distance_m)
            SELECT m.border_id, m.incident_id, m.distance_m,
                coalesce(ST_Distance(i.location::geography, b.geometry::geography), m.distance_m)
            FROM (SELECT d.border_id, ip.incident_id, min(d.distance_m) AS distance_m
                  FROM incident_places ip JOIN border_distances d ON d.place_id = ip.place_id
                  WHERE ip.incident_id = ANY({incidentIds}) AND d.distance_m <= {IncidentRadiusMetres}
                  GROUP BY d.border_id, ip.incident_id) m
            JOIN incidents i ON i.id = m.incident_id
            JOIN places b ON b.id = m.border_id
            ON CONFLICT (border_id, incident_id) DO UPDATE SET distance_m = excluded.distance_m, point_distance_m = excluded.point_distance_m
            """,
            cancellationToken);

    /// <summary>Measures the given places against every border line within the radius. A large polygon is measured in
    /// pieces of at most 64 vertices (its distance to a line is the least of its pieces'), and the geodesic test runs
    /// only on the lines whose box meets a piece's box widened by the radius in degrees (taken at the latitude furthest
    /// from the equator the radius can reach, so no line within it is left out; near the antimeridian every line is
    /// tested): measuring a country of tens of thousands of vertices whole against every line took a minute.</summary>
    public static Task<int> MeasurePlacesAsync(IncidentDbContext db, string[] placeIds, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO border_distances (border_id, place_id, distance_m)
            SELECT b.id, p.id, min(ST_Distance(p.part::geography, b.geometry::geography))
            FROM (SELECT s.id, s.part, w.dlon, ST_XMin(s.part) - w.dlon AS west, ST_XMax(s.part) + w.dlon AS east
                  FROM (SELECT id, ST_Subdivide(geometry, 64) AS part FROM places WHERE id = ANY({placeIds})) s,
                  LATERAL (SELECT CASE WHEN greatest(abs(ST_YMin(s.part)), abs(ST_YMax(s.part))) + {_radiusDegrees} >= 89 THEN 360
                               ELSE {_radiusDegrees} / cos(radians(greatest(abs(ST_YMin(s.part)), abs(ST_YMax(s.part))) + {_radiusDegrees})) END AS dlon) w) p
            JOIN places b ON b.kind = 'Border'
                AND (p.west < -180 OR p.east > 180 OR b.geometry && ST_Expand(p.part, p.dlon, {_radiusDegrees}))
                AND ST_DWithin(p.part::geography, b.geometry::geography, {MeasuredRadiusMetres})
            GROUP BY b.id, p.id
            ON CONFLICT (border_id, place_id) DO UPDATE SET distance_m = excluded.distance_m
            """,
            cancellationToken);

    /// <summary>Measures the given border lines against every stored place within the radius, replacing old rows.</summary>
    public static async Task MeasureBordersAsync(IncidentDbContext db, string[] borderIds, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"DELETE FROM incident_border_distances WHERE border_id = ANY({borderIds})", cancellationToken);
        await db.Database.ExecuteSqlAsync($"DELETE FROM border_distances WHERE border_id = ANY({borderIds})", cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO border_distances (border_id, place_id, distance_m)
            SELECT b.id, p.id, ST_Distance(p.geometry::geography, b.geometry::geography)
            FROM places b
            JOIN places p ON ST_DWithin(p.geometry::geography, b.geometry::geography, {MeasuredRadiusMetres})
            WHERE b.id = ANY({borderIds})
            """,
            cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO incident_border_distances (border_id, incident_id, distance_m, point_distance_m)
            SELECT m.border_id, m.incident_id, m.distance_m,
                coalesce(ST_Distance(i.location::geography, b.geometry::geography), m.distance_m)
            FROM (SELECT d.border_id, ip.incident_id, min(d.distance_m) AS distance_m
                  FROM border_distances d JOIN incident_places ip ON ip.place_id = d.place_id
                  WHERE d.border_id = ANY({borderIds}) AND d.distance_m <= {IncidentRadiusMetres}
                  GROUP BY d.border_id, ip.incident_id) m
            JOIN incidents i ON i.id = m.incident_id
            JOIN places b ON b.id = m.border_id
            """,
            cancellationToken);
    }
}
