using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IncidentMap.Server.Storage.PostGis.Configurations;

internal sealed class IncidentPlaceConfiguration : IEntityTypeConfiguration<IncidentPlaceRow>
{
    public void Configure(EntityTypeBuilder<IncidentPlaceRow> builder)
    {
        builder.ToTable("incident_places");
        builder.HasKey(p => new { p.IncidentId, p.Ordinal });
        // Near-border and area queries go from a place to its incidents, from the index alone.
        builder.HasIndex(p => p.PlaceId).IncludeProperties(p => p.IncidentId);
        builder.HasOne(p => p.Place).WithMany().HasForeignKey(p => p.PlaceId).OnDelete(DeleteBehavior.Restrict);
    }
}
