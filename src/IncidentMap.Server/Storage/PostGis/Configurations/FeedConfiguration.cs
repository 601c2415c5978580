using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IncidentMap.Server.Storage.PostGis.Configurations;

internal sealed class FeedConfiguration : IEntityTypeConfiguration<FeedRow>
{
    public void Configure(EntityTypeBuilder<FeedRow> builder)
    {
        builder.ToTable("feeds");
        builder.Property(f => f.Id).UseIdentityAlwaysColumn();
        // One feed per canonical address: concurrent adds of the same address race safely.
        builder.HasIndex(f => f.Url).IsUnique();
        // The poller takes the feeds due first.
        builder.HasIndex(f => f.NextPollAt);
        builder.HasMany<FeedItemRow>().WithOne().HasForeignKey(i => i.FeedId).OnDelete(DeleteBehavior.Cascade);
    }
}
