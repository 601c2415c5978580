using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IncidentMap.Server.Storage.PostGis.Configurations;

internal sealed class BorderDistanceConfiguration : IEntityTypeConfiguration<BorderDistanceRow>
{
    public void Configure(EntityTypeBuilder<BorderDistanceRow> builder)
    {
        builder.ToTable("border_distances");
        builder.HasKey(d => new { d.BorderId, d.PlaceId });
        // A near-border query is one range scan: border, distance up to km, with the place ids in the index.
        builder.HasIndex(d => new { d.BorderId, d.DistanceM }).IncludeProperties(d => d.PlaceId);
        builder.HasIndex(d => d.PlaceId);
        builder.HasOne<PlaceRow>().WithMany().HasForeignKey(d => d.BorderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PlaceRow>().WithMany().HasForeignKey(d => d.PlaceId).OnDelete(DeleteBehavior.Cascade);
    }
}
