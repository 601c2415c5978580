using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IncidentMap.Server.Storage.PostGis.Configurations;

internal sealed class IncidentBorderDistanceConfiguration : IEntityTypeConfiguration<IncidentBorderDistanceRow>
{
    public void Configure(EntityTypeBuilder<IncidentBorderDistanceRow> builder)
    {
        builder.ToTable("incident_border_distances");
        builder.HasKey(d => new { d.BorderId, d.IncidentId });
        // In the order near-border answers come in (nearest first, then by incident), one per measure, each carrying
        // the other distance: a page and its count are index-only scans of one range.
        builder.HasIndex(d => new { d.BorderId, d.DistanceM, d.IncidentId })
            .HasDatabaseName("ix_incident_border_distances_outline_order").IncludeProperties(d => d.PointDistanceM);
        builder.HasIndex(d => new { d.BorderId, d.PointDistanceM, d.IncidentId })
            .HasDatabaseName("ix_incident_border_distances_point_order").IncludeProperties(d => d.DistanceM);
        builder.HasIndex(d => d.IncidentId);
        builder.HasOne<PlaceRow>().WithMany().HasForeignKey(d => d.BorderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<IncidentRow>().WithMany().HasForeignKey(d => d.IncidentId).OnDelete(DeleteBehavior.Cascade);
    }
}
