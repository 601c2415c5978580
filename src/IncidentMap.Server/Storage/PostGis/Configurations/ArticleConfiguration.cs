using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IncidentMap.Server.Storage.PostGis.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<ArticleRow>
{
    public void Configure(EntityTypeBuilder<ArticleRow> builder)
    {
        builder.ToTable("articles");
        builder.Property(a => a.Id).UseIdentityAlwaysColumn();
        // The unique hash makes concurrent ingests of the same text race-safe: one insert wins.
        builder.HasIndex(a => a.ContentHash).IsUnique();
        builder.HasMany(a => a.Incidents).WithOne(i => i.Article).HasForeignKey(i => i.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
