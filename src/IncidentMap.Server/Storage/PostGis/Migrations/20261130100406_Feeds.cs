using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace IncidentMap.Server.Storage.PostGis.Migrations;

/// <inheritdoc />
public partial class Feeds : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "feeds",
            columns: table => new
            {
                id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                url = table.Column<string>(type: "text", nullable: false),
                title = table.Column<string>(type: "text", nullable: true),
                interval_minutes = table.Column<int>(type: "integer", nullable: false),
                created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                etag = table.Column<string>(type: "text", nullable: true),
                last_modified = table.Column<string>(type: "text", nullable: true),
                last_polled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                last_status = table.Column<int>(type: "integer", nullable: true),
                last_error = table.Column<string>(type: "text", nullable: true),
                items_seen = table.Column<long>(type: "bigint", nullable: false),
                articles_created = table.Column<long>(type: "bigint", nullable: false),
                failures = table.Column<int>(type: "integer", nullable: false),
                next_poll_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_feeds", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "feed_items",
            columns: table => new
            {
                feed_id = table.Column<long>(type: "bigint", nullable: false),
                key = table.Column<string>(type: "text", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_feed_items", x => new { x.feed_id, x.key });
                table.ForeignKey(
                    name: "fk_feed_items_feeds_feed_id",
                    column: x => x.feed_id,
                    principalTable: "feeds",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "ix_feeds_next_poll_at",
            table: "feeds",
            column: "next_poll_at");

        migrationBuilder.CreateIndex(
            name: "ix_feeds_url",
            table: "feeds",
            column: "url",
            unique: true);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "feed_items");

        migrationBuilder.DropTable(
            name: "feeds");
    }
}
