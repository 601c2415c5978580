using Microsoft.EntityFrameworkCore.Migrations;
using NetTopologySuite.Geometries;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace IncidentMap.Server.Storage.PostGis.Migrations;

/// <inheritdoc />
public partial class Events : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<long>(
            name: "event_id",
            table: "incidents",
            type: "bigint",
            nullable: true);

        migrationBuilder.CreateTable(
            name: "event_changes",
            columns: table => new
            {
                id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                event_id = table.Column<long>(type: "bigint", nullable: false),
                removed = table.Column<bool>(type: "boolean", nullable: false),
                changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_event_changes", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "events",
            columns: table => new
            {
                id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                type = table.Column<string>(type: "text", nullable: false),
                subtype = table.Column<string>(type: "text", nullable: false),
                date = table.Column<DateOnly>(type: "date", nullable: true),
                date_precision = table.Column<string>(type: "text", nullable: false),
                geo_precision = table.Column<int>(type: "integer", nullable: true),
                location = table.Column<Point>(type: "geometry(Point,4326)", nullable: true),
                place_name = table.Column<string>(type: "text", nullable: true),
                countries = table.Column<string[]>(type: "text[]", nullable: false),
                first_seen = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_events", x => x.id);
            });

        migrationBuilder.CreateIndex(
            name: "ix_incidents_event_id",
            table: "incidents",
            column: "event_id");

        migrationBuilder.CreateIndex(
            name: "ix_incidents_type_date",
            table: "incidents",
            columns: new[] { "type", "date" });

        migrationBuilder.CreateIndex(
            name: "ix_event_changes_changed_at",
            table: "event_changes",
            column: "changed_at");

        migrationBuilder.CreateIndex(
            name: "ix_events_countries",
            table: "events",
            column: "countries")
            .Annotation("Npgsql:IndexMethod", "gin");

        migrationBuilder.CreateIndex(
            name: "ix_events_date",
            table: "events",
            column: "date");

        migrationBuilder.CreateIndex(
            name: "ix_events_location",
            table: "events",
            column: "location")
            .Annotation("Npgsql:IndexMethod", "gist");

        migrationBuilder.CreateIndex(
            name: "ix_events_type",
            table: "events",
            column: "type");

        migrationBuilder.AddForeignKey(
            name: "fk_incidents_events_event_id",
            table: "incidents",
            column: "event_id",
            principalTable: "events",
            principalColumn: "id",
            onDelete: ReferentialAction.SetNull);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropForeignKey(
            name: "fk_incidents_events_event_id",
            table: "incidents");

        migrationBuilder.DropTable(
            name: "event_changes");

        migrationBuilder.DropTable(
            name: "events");

        migrationBuilder.DropIndex(
            name: "ix_incidents_event_id",
            table: "incidents");

        migrationBuilder.DropIndex(
            name: "ix_incidents_type_date",
            table: "incidents");

        migrationBuilder.DropColumn(
            name: "event_id",
            table: "incidents");
    }
}
