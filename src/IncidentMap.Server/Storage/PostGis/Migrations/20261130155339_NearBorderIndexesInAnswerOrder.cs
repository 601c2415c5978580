using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IncidentMap.Server.Storage.PostGis.Migrations;

/// <summary>
/// The near-border distances indexed in answer order for both measures (outline and point), each carrying the other
/// distance, so a page and its count read one index range without visiting the table once autovacuum (or the bulk
/// loader's VACUUM) has marked its pages all-visible.
/// </summary>
public partial class NearBorderIndexesInAnswerOrder : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(
            name: "ix_incident_border_distances_border_id_distance_m_incident_id",
            table: "incident_border_distances");

        migrationBuilder.CreateIndex(
            name: "ix_incident_border_distances_outline_order",
            table: "incident_border_distances",
            columns: new[] { "border_id", "distance_m", "incident_id" })
            .Annotation("Npgsql:IndexInclude", new[] { "point_distance_m" });

        migrationBuilder.CreateIndex(
            name: "ix_incident_border_distances_point_order",
            table: "incident_border_distances",
            columns: new[] { "border_id", "point_distance_m", "incident_id" })
            .Annotation("Npgsql:IndexInclude", new[] { "distance_m" });
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(
            name: "ix_incident_border_distances_outline_order",
            table: "incident_border_distances");

        migrationBuilder.DropIndex(
            name: "ix_incident_border_distances_point_order",
            table: "incident_border_distances");

        migrationBuilder.CreateIndex(
            name: "ix_incident_border_distances_border_id_distance_m_incident_id",
            table: "incident_border_distances",
            columns: new[] { "border_id", "distance_m", "incident_id" });
    }
}
