using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IncidentMap.Server.Storage.PostGis.Migrations;

/// <inheritdoc />
public partial class IncidentPlacesCovering : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(
            name: "ix_incident_places_place_id",
            table: "incident_places");

        migrationBuilder.CreateIndex(
            name: "ix_incident_places_place_id",
            table: "incident_places",
            column: "place_id")
            .Annotation("Npgsql:IndexInclude", new[] { "incident_id" });
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(
            name: "ix_incident_places_place_id",
            table: "incident_places");

        migrationBuilder.CreateIndex(
            name: "ix_incident_places_place_id",
            table: "incident_places",
            column: "place_id");
    }
}
