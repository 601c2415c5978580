using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IncidentMap.Server.Storage.PostGis.Migrations;

/// <inheritdoc />
public partial class IncidentBorderDistances : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "incident_border_distances",
            columns: table => new
            {
                border_id = table.Column<string>(type: "text", nullable: false),
                incident_id = table.Column<long>(type: "bigint", nullable: false),
                distance_m = table.Column<double>(type: "double precision", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_incident_border_distances", x => new { x.border_id, x.incident_id });
                table.ForeignKey(
                    name: "fk_incident_border_distances_incidents_incident_id",
                    column: x => x.incident_id,
                    principalTable: "incidents",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "fk_incident_border_distances_places_border_id",
                    column: x => x.border_id,
                    principalTable: "places",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "ix_incident_border_distances_border_id_distance_m_incident_id",
            table: "incident_border_distances",
            columns: new[] { "border_id", "distance_m", "incident_id" });

        migrationBuilder.CreateIndex(
            name: "ix_incident_border_distances_incident_id",
            table: "incident_border_distances",
            column: "incident_id");

        // Incidents stored before this table existed.
        migrationBuilder.Sql("""
            INSERT INTO incident_border_distances (border_id, incident_id, distance_m)
            SELECT d.border_id, ip.incident_id, min(d.distance_m)
            FROM border_distances d JOIN incident_places ip ON ip.place_id = d.place_id
            WHERE d.distance_m <= 100000
            GROUP BY d.border_id, ip.incident_id;
            """);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "incident_border_distances");
    }
}
