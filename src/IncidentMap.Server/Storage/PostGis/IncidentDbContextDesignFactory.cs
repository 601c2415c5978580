using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace IncidentMap.Server.Storage.PostGis;

/// <summary>Lets the EF tools build the model for migrations without starting the server.</summary>
internal sealed class IncidentDbContextDesignFactory : IDesignTimeDbContextFactory<IncidentDbContext>
{
    public IncidentDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<IncidentDbContext>();
        IncidentDbContext.Configure(options, "Host=localhost;Database=incidentmap");
        return new IncidentDbContext(options.Options);
    }
}
