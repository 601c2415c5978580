using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IncidentMap.Server.Storage.PostGis.Migrations;

/// <summary>
/// Event grouping looks for the incidents that may report the same happening as a new one: those near it (the location
/// index) and, whatever their distance, those located only to a region, country, sea or border, whose reach is wider.
/// This index finds the latter by type and date without reading the town-precise incidents around them.
/// </summary>
[DbContext(typeof(IncidentDbContext))]
[Migration("20261130161000_CoarseIncidentsIndex")]
public sealed class CoarseIncidentsIndex : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("CREATE INDEX ix_incidents_coarse_type_date ON incidents (type, date) WHERE coalesce(geo_precision, 3) >= 2;");

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("DROP INDEX IF EXISTS ix_incidents_coarse_type_date;");
}
