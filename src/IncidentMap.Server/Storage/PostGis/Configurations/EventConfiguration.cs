using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IncidentMap.Server.Storage.PostGis.Configurations;

internal sealed class EventConfiguration : IEntityTypeConfiguration<EventRow>
{
    public void Configure(EntityTypeBuilder<EventRow> builder)
    {
        builder.ToTable("events");
        builder.Property(e => e.Id).UseIdentityAlwaysColumn();
        builder.Property(e => e.Location).HasColumnType("geometry(Point,4326)");
        builder.Property(e => e.DatePrecision).HasConversion<string>();
        builder.HasIndex(e => e.Location).HasMethod("gist");
        builder.HasIndex(e => e.Date);
        builder.HasIndex(e => e.Type);
        builder.HasIndex(e => e.Countries).HasMethod("gin");
        builder.HasMany<IncidentRow>().WithOne().HasForeignKey(i => i.EventId).OnDelete(DeleteBehavior.SetNull);
    }
}
