using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace IncidentMap.Server.Storage.PostGis.Migrations;

/// <inheritdoc />
public partial class Duplicates : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "article_bands",
            columns: table => new
            {
                band = table.Column<long>(type: "bigint", nullable: false),
                article_id = table.Column<long>(type: "bigint", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_article_bands", x => new { x.band, x.article_id });
                table.ForeignKey(
                    name: "fk_article_bands_articles_article_id",
                    column: x => x.article_id,
                    principalTable: "articles",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "article_signatures",
            columns: table => new
            {
                article_id = table.Column<long>(type: "bigint", nullable: false),
                minhash = table.Column<byte[]>(type: "bytea", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_article_signatures", x => x.article_id);
                table.ForeignKey(
                    name: "fk_article_signatures_articles_article_id",
                    column: x => x.article_id,
                    principalTable: "articles",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "article_sources",
            columns: table => new
            {
                id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                article_id = table.Column<long>(type: "bigint", nullable: false),
                outlet = table.Column<string>(type: "text", nullable: true),
                url = table.Column<string>(type: "text", nullable: true),
                canonical_url = table.Column<string>(type: "text", nullable: true),
                title = table.Column<string>(type: "text", nullable: true),
                published = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                added_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_article_sources", x => x.id);
                table.ForeignKey(
                    name: "fk_article_sources_articles_article_id",
                    column: x => x.article_id,
                    principalTable: "articles",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "ix_article_bands_article_id",
            table: "article_bands",
            column: "article_id");

        migrationBuilder.CreateIndex(
            name: "ix_article_sources_article_id",
            table: "article_sources",
            column: "article_id");

        migrationBuilder.CreateIndex(
            name: "ix_article_sources_canonical_url",
            table: "article_sources",
            column: "canonical_url",
            unique: true,
            filter: "canonical_url IS NOT NULL");

        // Articles stored before sources existed have one copy each: the one they were stored from. Their
        // canonical address is left empty, so two old articles at one address do not collide.
        migrationBuilder.Sql("""
            INSERT INTO article_sources (article_id, outlet, url, title, published, added_at)
            SELECT id, source, url, title, published, ingested_at FROM articles ORDER BY id;
            """);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "article_bands");

        migrationBuilder.DropTable(
            name: "article_signatures");

        migrationBuilder.DropTable(
            name: "article_sources");
    }
}
