using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IncidentMap.Server.Storage.PostGis.Migrations;

/// <summary>
/// Counts of located incidents per cluster-grid cell at zooms 4 and 8, kept by triggers on <c>incidents</c>, so a
/// zoomed-out view or a timeline sums a few thousand cells instead of grouping every incident in view:
/// <c>incident_cells</c> per cell, type, subtype and set of countries (every date, undated included) and
/// <c>incident_cell_days</c> per cell, day and type. The cell functions are the map's grid formula
/// (<see cref="ClusterGrid"/>) and are used by the triggers and the reads alike, so both see the same cells.
/// </summary>
public partial class ClusterRollups : Migration
{
    /// <summary>The rollups' triggers as this migration made them (dynamic SQL, one function for every operation).</summary>
    internal const string Triggers = """
        -- Counts the statement's incidents in (INSERT), out (DELETE), or out at their old cell and in at their new
        -- one (UPDATE, only rows whose place, date, type or countries changed: a rendering backfill moves none).
        -- One set-based upsert per table and statement, over the transition tables (dynamic SQL sees them too),
        -- so a bulk COPY costs two grouped inserts. Keys are written in order so concurrent writers lock rows in the
        -- same order; a cell's box only grows (a removal leaves it as wide as it was).
        CREATE FUNCTION incident_rollup_changed() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            moved constant text := '(SELECT %1$s.* FROM old_incidents o JOIN new_incidents n USING (id)
                WHERE (o.location, o.date, o.type, o.subtype, o.countries) IS DISTINCT FROM (n.location, n.date, n.type, n.subtype, n.countries))';
            sources text[];
            signs integer[];
        BEGIN
            IF TG_OP = 'INSERT' THEN sources := ARRAY['new_incidents']; signs := ARRAY[1];
            ELSIF TG_OP = 'DELETE' THEN sources := ARRAY['old_incidents']; signs := ARRAY[-1];
            ELSE sources := ARRAY[format(moved, 'o'), format(moved, 'n')]; signs := ARRAY[-1, 1];
            END IF;
            FOR k IN 1 .. array_length(sources, 1) LOOP
                EXECUTE format($q$
                    INSERT INTO incident_cells AS c
                    SELECT l.level, incident_cell_x(ST_X(i.location), 4 << l.level), incident_cell_y(ST_Y(i.location), 4 << l.level),
                           i.type, i.subtype, i.countries, $1 * count(*), $1 * sum(ST_X(i.location)), $1 * sum(ST_Y(i.location)),
                           min(ST_X(i.location)), min(ST_Y(i.location)), max(ST_X(i.location)), max(ST_Y(i.location))
                    FROM %s i CROSS JOIN (VALUES (4), (8)) l(level)
                    WHERE i.location IS NOT NULL
                    GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
                    ON CONFLICT (level, cx, cy, type, subtype, countries) DO UPDATE SET
                        count = c.count + excluded.count, sum_x = c.sum_x + excluded.sum_x, sum_y = c.sum_y + excluded.sum_y,
                        min_x = least(c.min_x, excluded.min_x), min_y = least(c.min_y, excluded.min_y),
                        max_x = greatest(c.max_x, excluded.max_x), max_y = greatest(c.max_y, excluded.max_y)
                    $q$, sources[k]) USING signs[k];
                EXECUTE format($q$
                    INSERT INTO incident_cell_days AS c
                    SELECT l.level, i.date, incident_cell_x(ST_X(i.location), 4 << l.level), incident_cell_y(ST_Y(i.location), 4 << l.level),
                           i.type, $1 * count(*), $1 * sum(ST_X(i.location)), $1 * sum(ST_Y(i.location)),
                           min(ST_X(i.location)), min(ST_Y(i.location)), max(ST_X(i.location)), max(ST_Y(i.location))
                    FROM %s i CROSS JOIN (VALUES (4), (8)) l(level)
                    WHERE i.location IS NOT NULL AND i.date IS NOT NULL
                    GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
                    ON CONFLICT (level, day, cx, cy, type) DO UPDATE SET
                        count = c.count + excluded.count, sum_x = c.sum_x + excluded.sum_x, sum_y = c.sum_y + excluded.sum_y,
                        min_x = least(c.min_x, excluded.min_x), min_y = least(c.min_y, excluded.min_y),
                        max_x = greatest(c.max_x, excluded.max_x), max_y = greatest(c.max_y, excluded.max_y)
                    $q$, sources[k]) USING signs[k];
            END LOOP;
            IF TG_OP <> 'INSERT' THEN
                DELETE FROM incident_cells WHERE count <= 0;
                DELETE FROM incident_cell_days WHERE count <= 0;
            END IF;
            RETURN NULL;
        END $$;
        CREATE TRIGGER incident_rollup_insert AFTER INSERT ON incidents REFERENCING NEW TABLE AS new_incidents
            FOR EACH STATEMENT EXECUTE FUNCTION incident_rollup_changed();
        CREATE TRIGGER incident_rollup_delete AFTER DELETE ON incidents REFERENCING OLD TABLE AS old_incidents
            FOR EACH STATEMENT EXECUTE FUNCTION incident_rollup_changed();
        CREATE TRIGGER incident_rollup_update AFTER UPDATE ON incidents REFERENCING OLD TABLE AS old_incidents NEW TABLE AS new_incidents
            FOR EACH STATEMENT EXECUTE FUNCTION incident_rollup_changed();
        """;

    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE FUNCTION incident_cell_x(lon double precision, cells double precision) RETURNS integer
                LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT floor((lon + 180) / 360 * cells)::integer $$;
            CREATE FUNCTION incident_cell_y(lat double precision, cells double precision) RETURNS integer
                LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
                SELECT floor((1 - ln(tan(radians(least(85.0511, greatest(-85.0511, lat))))
                    + 1 / cos(radians(least(85.0511, greatest(-85.0511, lat))))) / pi()) / 2 * cells)::integer $$;

            CREATE TABLE incident_cells (
                level smallint NOT NULL, cx integer NOT NULL, cy integer NOT NULL,
                type text NOT NULL, subtype text NOT NULL, countries text[] NOT NULL,
                count bigint NOT NULL, sum_x double precision NOT NULL, sum_y double precision NOT NULL,
                min_x double precision NOT NULL, min_y double precision NOT NULL,
                max_x double precision NOT NULL, max_y double precision NOT NULL,
                PRIMARY KEY (level, cx, cy, type, subtype, countries));
            CREATE TABLE incident_cell_days (
                level smallint NOT NULL, day date NOT NULL, cx integer NOT NULL, cy integer NOT NULL, type text NOT NULL,
                count bigint NOT NULL, sum_x double precision NOT NULL, sum_y double precision NOT NULL,
                min_x double precision NOT NULL, min_y double precision NOT NULL,
                max_x double precision NOT NULL, max_y double precision NOT NULL,
                PRIMARY KEY (level, day, cx, cy, type));
            -- A removal leaves emptied cells at zero for a moment: these indexes find them without a scan.
            CREATE INDEX ix_incident_cells_empty ON incident_cells (level) WHERE count <= 0;
            CREATE INDEX ix_incident_cell_days_empty ON incident_cell_days (level) WHERE count <= 0;
            """);
        migrationBuilder.Sql(Triggers);
        migrationBuilder.Sql("""
            -- The incidents already stored, in one pass per table.
            INSERT INTO incident_cells
            SELECT l.level, incident_cell_x(ST_X(i.location), 4 << l.level), incident_cell_y(ST_Y(i.location), 4 << l.level),
                   i.type, i.subtype, i.countries, count(*), sum(ST_X(i.location)), sum(ST_Y(i.location)),
                   min(ST_X(i.location)), min(ST_Y(i.location)), max(ST_X(i.location)), max(ST_Y(i.location))
            FROM incidents i CROSS JOIN (VALUES (4), (8)) l(level)
            WHERE i.location IS NOT NULL
            GROUP BY 1, 2, 3, 4, 5, 6;
            INSERT INTO incident_cell_days
            SELECT l.level, i.date, incident_cell_x(ST_X(i.location), 4 << l.level), incident_cell_y(ST_Y(i.location), 4 << l.level),
                   i.type, count(*), sum(ST_X(i.location)), sum(ST_Y(i.location)),
                   min(ST_X(i.location)), min(ST_Y(i.location)), max(ST_X(i.location)), max(ST_Y(i.location))
            FROM incidents i CROSS JOIN (VALUES (4), (8)) l(level)
            WHERE i.location IS NOT NULL AND i.date IS NOT NULL
            GROUP BY 1, 2, 3, 4, 5;
            ANALYZE incident_cells;
            ANALYZE incident_cell_days;
            """);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            DROP TRIGGER incident_rollup_insert ON incidents;
            DROP TRIGGER incident_rollup_delete ON incidents;
            DROP TRIGGER incident_rollup_update ON incidents;
            DROP FUNCTION incident_rollup_changed();
            DROP TABLE incident_cells, incident_cell_days;
            DROP FUNCTION incident_cell_x(double precision, double precision), incident_cell_y(double precision, double precision);
            """);
    }
}
