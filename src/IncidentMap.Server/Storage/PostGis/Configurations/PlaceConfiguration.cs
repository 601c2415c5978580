using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IncidentMap.Server.Storage.PostGis.Configurations;

internal sealed class PlaceConfiguration : IEntityTypeConfiguration<PlaceRow>
{
    public void Configure(EntityTypeBuilder<PlaceRow> builder)
    {
        builder.ToTable("places");
        builder.Property(p => p.Geometry).HasColumnType("geometry(Geometry,4326)");
        builder.HasIndex(p => p.Geometry).HasMethod("gist");
        builder.Property(p => p.Kind).HasConversion<string>();
        builder.HasIndex(p => p.Kind);
    }
}
