using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IncidentMap.Server.Storage.PostGis.Configurations;

internal sealed class FeedItemConfiguration : IEntityTypeConfiguration<FeedItemRow>
{
    public void Configure(EntityTypeBuilder<FeedItemRow> builder)
    {
        builder.ToTable("feed_items");
        builder.HasKey(i => new { i.FeedId, i.Key });
    }
}
