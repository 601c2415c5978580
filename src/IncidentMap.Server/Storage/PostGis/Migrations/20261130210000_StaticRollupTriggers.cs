using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IncidentMap.Server.Storage.PostGis.Migrations;

/// <summary>
/// The cell rollups' triggers with static SQL, one function per operation: PL/pgSQL keeps the plans of static
/// statements for the session, where the dynamic statements before were parsed and planned at every statement on
/// <c>incidents</c>. An update that moves no incident (event grouping sets <c>event_id</c> on thousands of rows an
/// hour) now costs one check over its transition tables instead of four upserts and two deletes.
/// </summary>
[DbContext(typeof(IncidentDbContext))]
[Migration("20261130210000_StaticRollupTriggers")]
public sealed class StaticRollupTriggers : Migration
{
    // The columns a cell's counts depend on.
    private const string _moved = "(o.location, o.date, o.type, o.subtype, o.countries) IS DISTINCT FROM (n.location, n.date, n.type, n.subtype, n.countries)";

    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql($"""
            DROP TRIGGER incident_rollup_insert ON incidents;
            DROP TRIGGER incident_rollup_delete ON incidents;
            DROP TRIGGER incident_rollup_update ON incidents;
            DROP FUNCTION incident_rollup_changed();

            CREATE FUNCTION incident_rollup_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                {Upserts("SELECT 1 AS sign, * FROM new_incidents")}
                RETURN NULL;
            END $$;
            CREATE FUNCTION incident_rollup_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                {Upserts("SELECT -1 AS sign, * FROM old_incidents")}
                {_dropEmpty}
                RETURN NULL;
            END $$;
            -- Out at the old cell and in at the new one, for the rows whose place, date, type or countries changed; the
            -- two signs are summed per cell, so one upsert never meets the same cell twice.
            CREATE FUNCTION incident_rollup_updated() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NOT EXISTS (SELECT 1 FROM old_incidents o JOIN new_incidents n USING (id) WHERE {_moved}) THEN RETURN NULL; END IF;
                {Upserts($"SELECT -1 AS sign, o.* FROM old_incidents o JOIN new_incidents n USING (id) WHERE {_moved} UNION ALL SELECT 1, n.* FROM old_incidents o JOIN new_incidents n USING (id) WHERE {_moved}")}
                {_dropEmpty}
                RETURN NULL;
            END $$;
            CREATE TRIGGER incident_rollup_insert AFTER INSERT ON incidents REFERENCING NEW TABLE AS new_incidents
                FOR EACH STATEMENT EXECUTE FUNCTION incident_rollup_inserted();
            CREATE TRIGGER incident_rollup_delete AFTER DELETE ON incidents REFERENCING OLD TABLE AS old_incidents
                FOR EACH STATEMENT EXECUTE FUNCTION incident_rollup_deleted();
            CREATE TRIGGER incident_rollup_update AFTER UPDATE ON incidents REFERENCING OLD TABLE AS old_incidents NEW TABLE AS new_incidents
                FOR EACH STATEMENT EXECUTE FUNCTION incident_rollup_updated();
            """);

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql($"""
            DROP TRIGGER incident_rollup_insert ON incidents;
            DROP TRIGGER incident_rollup_delete ON incidents;
            DROP TRIGGER incident_rollup_update ON incidents;
            DROP FUNCTION incident_rollup_inserted(), incident_rollup_deleted(), incident_rollup_updated();
            {ClusterRollups.Triggers}
            """);

    private const string _dropEmpty = """
        DELETE FROM incident_cells WHERE count <= 0;
                DELETE FROM incident_cell_days WHERE count <= 0;
        """;

    /// <summary>The two upserts adding the signed incidents of <paramref name="rows"/> (a sign column, then the
    /// incidents' columns) to their cells. Keys are written in order so concurrent writers lock rows in the same order;
    /// a cell's box only grows (a removal leaves it as wide as it was).</summary>
    private static string Upserts(string rows) => $"""
        INSERT INTO incident_cells AS c
                SELECT l.level, incident_cell_x(ST_X(i.location), 4 << l.level), incident_cell_y(ST_Y(i.location), 4 << l.level),
                       i.type, i.subtype, i.countries, sum(i.sign), sum(i.sign * ST_X(i.location)), sum(i.sign * ST_Y(i.location)),
                       min(ST_X(i.location)), min(ST_Y(i.location)), max(ST_X(i.location)), max(ST_Y(i.location))
                FROM ({rows}) i CROSS JOIN (VALUES (4), (8)) l(level)
                WHERE i.location IS NOT NULL
                GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
                ON CONFLICT (level, cx, cy, type, subtype, countries) DO UPDATE SET
                    count = c.count + excluded.count, sum_x = c.sum_x + excluded.sum_x, sum_y = c.sum_y + excluded.sum_y,
                    min_x = least(c.min_x, excluded.min_x), min_y = least(c.min_y, excluded.min_y),
                    max_x = greatest(c.max_x, excluded.max_x), max_y = greatest(c.max_y, excluded.max_y);
                INSERT INTO incident_cell_days AS c
                SELECT l.level, i.date, incident_cell_x(ST_X(i.location), 4 << l.level), incident_cell_y(ST_Y(i.location), 4 << l.level),
                       i.type, sum(i.sign), sum(i.sign * ST_X(i.location)), sum(i.sign * ST_Y(i.location)),
                       min(ST_X(i.location)), min(ST_Y(i.location)), max(ST_X(i.location)), max(ST_Y(i.location))
                FROM ({rows}) i CROSS JOIN (VALUES (4), (8)) l(level)
                WHERE i.location IS NOT NULL AND i.date IS NOT NULL
                GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
                ON CONFLICT (level, day, cx, cy, type) DO UPDATE SET
                    count = c.count + excluded.count, sum_x = c.sum_x + excluded.sum_x, sum_y = c.sum_y + excluded.sum_y,
                    min_x = least(c.min_x, excluded.min_x), min_y = least(c.min_y, excluded.min_y),
                    max_x = greatest(c.max_x, excluded.max_x), max_y = greatest(c.max_y, excluded.max_y);
        """;
}
