using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IncidentMap.Server.Storage.PostGis.Configurations;

internal sealed class EventChangeConfiguration : IEntityTypeConfiguration<EventChangeRow>
{
    public void Configure(EntityTypeBuilder<EventChangeRow> builder)
    {
        builder.ToTable("event_changes");
        builder.Property(c => c.Id).UseIdentityAlwaysColumn();
        builder.HasIndex(c => c.ChangedAt);
    }
}
