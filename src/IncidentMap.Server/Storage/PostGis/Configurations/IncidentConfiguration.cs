using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IncidentMap.Server.Storage.PostGis.Configurations;

internal sealed class IncidentConfiguration : IEntityTypeConfiguration<IncidentRow>
{
    public void Configure(EntityTypeBuilder<IncidentRow> builder)
    {
        builder.ToTable("incidents");
        builder.Property(i => i.Id).UseIdentityAlwaysColumn();
        builder.Property(i => i.Location).HasColumnType("geometry(Point,4326)");
        builder.HasIndex(i => i.Location).HasMethod("gist");
        builder.HasIndex(i => new { i.ArticleId, i.Ordinal });
        // Layer order (newest article first, then id) and its keyset cursor: one index range per page.
        builder.HasIndex(i => new { i.ArticleId, i.Id }).IsDescending(true, false).HasDatabaseName("ix_incidents_layer_order");
        builder.Property(i => i.DatePrecision).HasConversion<string>();
        builder.HasIndex(i => i.Date);
        builder.HasIndex(i => i.Type);
        // Event grouping looks for incidents of one type around a date.
        builder.HasIndex(i => new { i.Type, i.Date });
        builder.HasIndex(i => i.EventId);
        builder.HasIndex(i => i.Countries).HasMethod("gin");
        builder.HasMany(i => i.Places).WithOne().HasForeignKey(p => p.IncidentId).OnDelete(DeleteBehavior.Cascade);
    }
}
