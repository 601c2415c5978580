using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IncidentMap.Server.Storage.PostGis.Configurations;

internal sealed class BorderConfiguration : IEntityTypeConfiguration<BorderRow>
{
    public void Configure(EntityTypeBuilder<BorderRow> builder)
    {
        builder.ToTable("borders");
        builder.HasKey(b => b.PlaceId);
        builder.HasOne(b => b.Place).WithOne().HasForeignKey<BorderRow>(b => b.PlaceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => b.CountryA);
        builder.HasIndex(b => b.CountryB);
    }
}
