using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IncidentMap.Server.Storage.PostGis.Configurations;

internal sealed class ArticleSourceConfiguration : IEntityTypeConfiguration<ArticleSourceRow>
{
    public void Configure(EntityTypeBuilder<ArticleSourceRow> builder)
    {
        builder.ToTable("article_sources");
        builder.Property(s => s.Id).UseIdentityAlwaysColumn();
        // One copy per address: a story seen again at the same address is the same copy.
        builder.HasIndex(s => s.CanonicalUrl).IsUnique().HasFilter("canonical_url IS NOT NULL");
        builder.HasIndex(s => s.ArticleId);
        builder.HasOne<ArticleRow>().WithMany().HasForeignKey(s => s.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
