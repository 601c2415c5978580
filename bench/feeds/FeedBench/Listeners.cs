using System.Collections.Concurrent;
using System.Globalization;

namespace FeedBench;

/// <summary>Live clients of <c>/api/stream</c>, each on its own connection, timing every event message from the
/// moment the server changed the event (its <c>updated_at</c>) to the moment the client read it.</summary>
public sealed class Listeners : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _tasks = [];
    private readonly ConcurrentBag<double> _latencies = [];
    private int _connected;
    private int _closed;
    private long _last = DateTime.UtcNow.Ticks;

    public IReadOnlyCollection<double> LatenciesMs => _latencies;
    public int Connected => _connected;
    public int ClosedByServer => _closed;
    public DateTime LastMessage => new(Interlocked.Read(ref _last), DateTimeKind.Utc);

    public static async Task<Listeners> ConnectAsync(string baseUrl, int count)
    {
        var listeners = new Listeners();
        for (var i = 0; i < count; i++) listeners._tasks.Add(Task.Run(() => listeners.ListenAsync(baseUrl)));
        while (listeners._connected < count) await Task.Delay(50);
        return listeners;
    }

    private async Task ListenAsync(string baseUrl)
    {
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        try
        {
            using var response = await http.GetAsync($"{baseUrl}/api/stream", HttpCompletionOption.ResponseHeadersRead, _stop.Token);
            await using var stream = await response.Content.ReadAsStreamAsync(_stop.Token);
            Interlocked.Increment(ref _connected);
            // Scanned as bytes, without building strings: the clients share the machine with the server they measure.
            var buffer = new byte[1 << 16];
            var filled = 0;
            int read;
            while ((read = await stream.ReadAsync(buffer.AsMemory(filled), _stop.Token)) > 0)
            {
                var received = DateTimeOffset.UtcNow;
                filled += read;
                var start = 0;
                int newline;
                while ((newline = Array.IndexOf(buffer, (byte)'\n', start, filled - start)) >= 0)
                {
                    Line(buffer.AsSpan(start, newline - start), received);
                    start = newline + 1;
                }
                Buffer.BlockCopy(buffer, start, buffer, 0, filled - start);
                filled -= start;
                if (filled == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
            }
            Interlocked.Increment(ref _closed);
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // The bench is done.
        }
    }

    /// <summary>An event message's data line carries the feature, whose <c>updated_at</c> is when the server changed it.</summary>
    private void Line(ReadOnlySpan<byte> line, DateTimeOffset received)
    {
        if (!line.StartsWith("data: "u8)) return;
        var at = line.LastIndexOf("\"updated_at\":\""u8);
        if (at < 0) return;
        var value = line[(at + 14)..];
        value = value[..value.IndexOf((byte)'"')];
        var changed = DateTimeOffset.Parse(System.Text.Encoding.ASCII.GetString(value), CultureInfo.InvariantCulture);
        _latencies.Add((received - changed).TotalMilliseconds);
        Interlocked.Exchange(ref _last, DateTime.UtcNow.Ticks);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_tasks);
    }
}
