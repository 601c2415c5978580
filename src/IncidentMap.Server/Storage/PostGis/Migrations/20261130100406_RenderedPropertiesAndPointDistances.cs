using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IncidentMap.Server.Storage.PostGis.Migrations;

/// <inheritdoc />
public partial class RenderedPropertiesAndPointDistances : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<byte[]>(
            name: "rendered_properties",
            table: "incidents",
            type: "bytea",
            nullable: true);

        migrationBuilder.AddColumn<double>(
            name: "point_distance_m",
            table: "incident_border_distances",
            type: "double precision",
            nullable: false,
            defaultValue: 0.0);

        // Distances kept before this column existed are measured from the incidents' points now, once. The rendered
        // properties of older incidents are filled at start by the store (one renderer for ingest and backfill).
        migrationBuilder.Sql("""
            UPDATE incident_border_distances d
            SET point_distance_m = coalesce(ST_Distance(i.location::geography, b.geometry::geography), d.distance_m)
            FROM incidents i, places b
            WHERE i.id = d.incident_id AND b.id = d.border_id
            """);

        migrationBuilder.CreateIndex(
            name: "ix_incidents_layer_order",
            table: "incidents",
            columns: new[] { "article_id", "id" },
            descending: new[] { true, false });
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(
            name: "ix_incidents_layer_order",
            table: "incidents");

        migrationBuilder.DropColumn(
            name: "rendered_properties",
            table: "incidents");

        migrationBuilder.DropColumn(
            name: "point_distance_m",
            table: "incident_border_distances");
    }
}
