using Microsoft.EntityFrameworkCore.Migrations;
using NetTopologySuite.Geometries;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace IncidentMap.Server.Storage.PostGis.Migrations;

/// <inheritdoc />
public partial class Initial : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AlterDatabase()
            .Annotation("Npgsql:PostgresExtension:postgis", ",,");

        migrationBuilder.CreateTable(
            name: "articles",
            columns: table => new
            {
                id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                title = table.Column<string>(type: "text", nullable: false),
                text = table.Column<string>(type: "text", nullable: false),
                published = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                source = table.Column<string>(type: "text", nullable: true),
                url = table.Column<string>(type: "text", nullable: true),
                content_hash = table.Column<string>(type: "text", nullable: false),
                ingested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_articles", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "places",
            columns: table => new
            {
                id = table.Column<string>(type: "text", nullable: false),
                kind = table.Column<string>(type: "text", nullable: false),
                name = table.Column<string>(type: "text", nullable: false),
                code = table.Column<string>(type: "text", nullable: true),
                country_code = table.Column<string>(type: "text", nullable: true),
                lat = table.Column<double>(type: "double precision", nullable: false),
                lon = table.Column<double>(type: "double precision", nullable: false),
                geometry = table.Column<Geometry>(type: "geometry(Geometry,4326)", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_places", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "incidents",
            columns: table => new
            {
                id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                article_id = table.Column<long>(type: "bigint", nullable: false),
                ordinal = table.Column<int>(type: "integer", nullable: false),
                type = table.Column<string>(type: "text", nullable: false),
                subtype = table.Column<string>(type: "text", nullable: false),
                date = table.Column<DateOnly>(type: "date", nullable: true),
                date_precision = table.Column<string>(type: "text", nullable: false),
                geo_precision = table.Column<int>(type: "integer", nullable: true),
                summary = table.Column<string>(type: "text", nullable: false),
                summary_start = table.Column<int>(type: "integer", nullable: false),
                summary_end = table.Column<int>(type: "integer", nullable: false),
                actors = table.Column<string[]>(type: "text[]", nullable: false),
                countries = table.Column<string[]>(type: "text[]", nullable: false),
                location = table.Column<Point>(type: "geometry(Point,4326)", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_incidents", x => x.id);
                table.ForeignKey(
                    name: "fk_incidents_articles_article_id",
                    column: x => x.article_id,
                    principalTable: "articles",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "borders",
            columns: table => new
            {
                place_id = table.Column<string>(type: "text", nullable: false),
                country_a = table.Column<string>(type: "text", nullable: false),
                name_a = table.Column<string>(type: "text", nullable: false),
                country_b = table.Column<string>(type: "text", nullable: false),
                name_b = table.Column<string>(type: "text", nullable: false),
                length_km = table.Column<double>(type: "double precision", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_borders", x => x.place_id);
                table.ForeignKey(
                    name: "fk_borders_places_place_id",
                    column: x => x.place_id,
                    principalTable: "places",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "incident_places",
            columns: table => new
            {
                incident_id = table.Column<long>(type: "bigint", nullable: false),
                ordinal = table.Column<int>(type: "integer", nullable: false),
                place_id = table.Column<string>(type: "text", nullable: false),
                mention = table.Column<string>(type: "text", nullable: false),
                mention_start = table.Column<int>(type: "integer", nullable: false),
                mention_end = table.Column<int>(type: "integer", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_incident_places", x => new { x.incident_id, x.ordinal });
                table.ForeignKey(
                    name: "fk_incident_places_incidents_incident_id",
                    column: x => x.incident_id,
                    principalTable: "incidents",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "fk_incident_places_places_place_id",
                    column: x => x.place_id,
                    principalTable: "places",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(
            name: "ix_articles_content_hash",
            table: "articles",
            column: "content_hash",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "ix_borders_country_a",
            table: "borders",
            column: "country_a");

        migrationBuilder.CreateIndex(
            name: "ix_borders_country_b",
            table: "borders",
            column: "country_b");

        migrationBuilder.CreateIndex(
            name: "ix_incident_places_place_id",
            table: "incident_places",
            column: "place_id")
            .Annotation("Npgsql:IndexInclude", new[] { "incident_id" });

        migrationBuilder.CreateIndex(
            name: "ix_incidents_article_id_ordinal",
            table: "incidents",
            columns: new[] { "article_id", "ordinal" });

        migrationBuilder.CreateIndex(
            name: "ix_incidents_countries",
            table: "incidents",
            column: "countries")
            .Annotation("Npgsql:IndexMethod", "gin");

        migrationBuilder.CreateIndex(
            name: "ix_incidents_date",
            table: "incidents",
            column: "date");

        migrationBuilder.CreateIndex(
            name: "ix_incidents_location",
            table: "incidents",
            column: "location")
            .Annotation("Npgsql:IndexMethod", "gist");

        migrationBuilder.CreateIndex(
            name: "ix_incidents_type",
            table: "incidents",
            column: "type");

        migrationBuilder.CreateIndex(
            name: "ix_places_geometry",
            table: "places",
            column: "geometry")
            .Annotation("Npgsql:IndexMethod", "gist");

        migrationBuilder.CreateIndex(
            name: "ix_places_kind",
            table: "places",
            column: "kind");

        // Near-border queries measure on the spheroid: ST_DWithin(geometry::geography, ...) uses this index.
        migrationBuilder.Sql("CREATE INDEX ix_places_geography ON places USING gist ((geometry::geography));");

        // Each stored place's and each incident's distance to every border line within reach, kept at write time so
        // that near-border queries read an index instead of measuring on the spheroid.
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
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "incident_border_distances");

        migrationBuilder.DropTable(
            name: "border_distances");

        migrationBuilder.Sql("DROP INDEX IF EXISTS ix_places_geography;");

        migrationBuilder.DropTable(
            name: "borders");

        migrationBuilder.DropTable(
            name: "incident_places");

        migrationBuilder.DropTable(
            name: "incidents");

        migrationBuilder.DropTable(
            name: "places");

        migrationBuilder.DropTable(
            name: "articles");
    }
}
