namespace IncidentMap.Cli;

/// <summary>A progress bar on a terminal (a line every 1,000 articles otherwise) and the final tally.</summary>
internal sealed class IngestProgress(int total, TextWriter log)
{
    private readonly Lock _sync = new();
    private readonly bool _terminal = !Console.IsErrorRedirected && ReferenceEquals(log, Console.Error);
    private int _done;
    private int _created;
    private int _existing;
    private long _incidents;

    public int Failures { get; private set; }

    public void Done(bool created, int incidents)
    {
        lock (_sync)
        {
            _done++;
            if (created) _created++;
            else _existing++;
            _incidents += incidents;
            Draw();
        }
    }

    public void Failed(string message)
    {
        lock (_sync)
        {
            _done++;
            Failures++;
            if (_terminal) log.Write('\r' + new string(' ', 72) + '\r');
            log.WriteLine($"ingest: {message}");
            Draw();
        }
    }

    public void Finish(TimeSpan elapsed)
    {
        if (_terminal) log.WriteLine();
        var rate = _done / Math.Max(elapsed.TotalSeconds, 0.001);
        log.WriteLine($"ingested {_created} new, {_existing} already present, {Failures} failed; {_incidents} incidents; {elapsed.TotalSeconds:0.0} s ({rate:0.0} articles/s)");
    }

    private void Draw()
    {
        if (_terminal)
        {
            const int width = 40;
            var filled = total == 0 ? width : _done * width / total;
            log.Write($"\r[{new string('#', filled)}{new string('.', width - filled)}] {_done}/{total}");
        }
        else if (_done % 1000 == 0 || _done == total)
        {
            log.WriteLine($"{_done}/{total} articles");
        }
    }
}
