using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IncidentMap.Server.Storage.PostGis.Migrations;

/// <inheritdoc />
public partial class BorderDistances : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "border_distances",
            columns: table => new
            {
                border_id = table.Column<string>(type: "text", nullable: false),
                place_id = table.Column<string>(type: "text", nullable: false),
                distance_m = table.Column<double>(type: "double precision", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_border_distances", x => new { x.border_id, x.place_id });
                table.ForeignKey(
                    name: "fk_border_distances_places_border_id",
                    column: x => x.border_id,
                    principalTable: "places",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "fk_border_distances_places_place_id",
                    column: x => x.place_id,
                    principalTable: "places",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "ix_border_distances_border_id_distance_m",
            table: "border_distances",
            columns: new[] { "border_id", "distance_m" })
            .Annotation("Npgsql:IndexInclude", new[] { "place_id" });

        migrationBuilder.CreateIndex(
            name: "ix_border_distances_place_id",
            table: "border_distances",
            column: "place_id");

        // Places stored before this table existed: measure them against every border line once.
        migrationBuilder.Sql("""
            INSERT INTO border_distances (border_id, place_id, distance_m)
            SELECT b.id, p.id, ST_Distance(p.geometry::geography, b.geometry::geography)
            FROM places b
            JOIN places p ON ST_DWithin(p.geometry::geography, b.geometry::geography, 250000)
            WHERE b.kind = 'Border';
            """);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "border_distances");
    }
}
