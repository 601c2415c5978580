using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IncidentMap.Server.Storage.PostGis.Configurations;

internal sealed class ArticleSignatureConfiguration : IEntityTypeConfiguration<ArticleSignatureRow>
{
    public void Configure(EntityTypeBuilder<ArticleSignatureRow> builder)
    {
        builder.ToTable("article_signatures");
        builder.HasKey(s => s.ArticleId);
        builder.HasOne<ArticleRow>().WithOne().HasForeignKey<ArticleSignatureRow>(s => s.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
