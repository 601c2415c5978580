using System.Globalization;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var builder = WebApplication.CreateBuilder(args);

// Liveness: the process answers.
builder.Services.AddHealthChecks();
builder.Services.AddControllers();

var app = builder.Build();

app.MapHealthChecks("/health/live");
app.MapControllers();

app.Run();

/// <summary>Entry point, visible to the HTTP-level tests.</summary>
public partial class Program;
