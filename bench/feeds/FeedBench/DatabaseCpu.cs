using System.Diagnostics;

namespace FeedBench;

/// <summary>
/// The CPU time of the PostgreSQL cluster the server writes to, when it runs on this machine: its postmaster's own, the
/// backends that have ended (the postmaster reaps them, so their time is in its children's time) and the live ones.
/// </summary>
internal sealed class DatabaseCpu(int postmaster)
{
    /// <summary>The cluster behind an Npgsql connection string, or null when it cannot be found on this machine.</summary>
    public static DatabaseCpu? Find(string connectionString)
    {
        var parts = connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0].Trim().ToLowerInvariant(), p => p[1].Trim());
        var libpq = $"host={parts.GetValueOrDefault("host", "localhost")} port={parts.GetValueOrDefault("port", "5432")} "
            + $"user={parts.GetValueOrDefault("username", "postgres")} dbname=postgres";
        try
        {
            using var psql = Process.Start(new ProcessStartInfo("psql", [libpq, "-Atc", "SHOW data_directory"]) { RedirectStandardOutput = true })!;
            var directory = psql.StandardOutput.ReadToEnd().Trim();
            psql.WaitForExit();
            var pidFile = Path.Combine(directory, "postmaster.pid");
            return File.Exists(pidFile) ? new DatabaseCpu(int.Parse(File.ReadLines(pidFile).First(), System.Globalization.CultureInfo.InvariantCulture)) : null;
        }
        catch (Exception e) when (e is IOException or System.ComponentModel.Win32Exception or FormatException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public double Seconds()
    {
        var total = Fields(postmaster) is { } own ? Ticks(own, 11) + Ticks(own, 12) + Ticks(own, 13) + Ticks(own, 14) : 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || Fields(pid) is not { } f || f[1] != postmaster.ToString(System.Globalization.CultureInfo.InvariantCulture)) continue;
            total += Ticks(f, 11) + Ticks(f, 12);
        }
        return total / 100.0;
    }

    private static long Ticks(string[] fields, int i) => long.Parse(fields[i], System.Globalization.CultureInfo.InvariantCulture);

    private static string[]? Fields(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return null;
        }
    }
}
