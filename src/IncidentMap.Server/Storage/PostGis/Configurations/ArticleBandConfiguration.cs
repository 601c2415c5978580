using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IncidentMap.Server.Storage.PostGis.Configurations;

internal sealed class ArticleBandConfiguration : IEntityTypeConfiguration<ArticleBandRow>
{
    public void Configure(EntityTypeBuilder<ArticleBandRow> builder)
    {
        builder.ToTable("article_bands");
        builder.HasKey(b => new { b.Band, b.ArticleId });
        builder.HasIndex(b => b.ArticleId);
        builder.HasOne<ArticleRow>().WithMany().HasForeignKey(b => b.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
