using System.Text;
using IncidentMap.Server.Downloads;
using IncidentMap.Server.Layers;
using IncidentMap.Server.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace IncidentMap.Server.Tests.Api;

/// <summary>
/// A layer or download reaches the client in pieces as it is written: what the server holds unsent at any moment is
/// bounded by the flush size, not the size of the download (a whole-set download once sat in memory until its end).
/// </summary>
public sealed class StreamedResponseTests
{
    private const int _features = 3000;

    [Fact]
    public async Task FeatureCollection_IsSentInPiecesAsItIsWritten()
    {
        var sent = await SendAsync(incidents => new FeatureCollectionResult<RenderedIncident>(incidents, (w, i) => IncidentFeature.Write(w, i)));

        AssertStreamed(sent);
        Assert.StartsWith("{\"type\":\"FeatureCollection\",\"features\":[{", Encoding.UTF8.GetString(sent.Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GeoJsonSequence_IsSentInPiecesAsItIsWritten()
    {
        var sent = await SendAsync(incidents => new GeoJsonSeqResult(incidents, "incidents.geojsons"));

        AssertStreamed(sent);
        Assert.Equal(_features, sent.Body.Count(b => b == 0x1e));
    }

    [Theory]
    [InlineData("/api/layers/incidents", "?bbox=23,51,24,52&limit=1000", false)]
    [InlineData("/ogc/collections/incidents/items", "?f=json", false)]
    [InlineData("/api/layers/incidents", "?download=1", true)]
    [InlineData("/ogc/collections/incidents/items", "?f=gpkg", true)]
    [InlineData("/api/layers/incidents", "?f=csv", true)]
    [InlineData("/api/layers/incidents.geojson", "", true)]
    public void Downloads_AreNotKeptInTheReadCache(string path, string query, bool download)
    {
        // The read cache would buffer a whole file in memory to store it.
        var http = new DefaultHttpContext();
        http.Request.Path = path;
        http.Request.QueryString = new QueryString(query);
        Assert.Equal(download, IncidentMap.Server.Caching.LayerCache.IsDownload(http.Request));
    }

    private static void AssertStreamed(RecordingStream sent)
    {
        // About 1 MB in all; when the last feature was read, all but the last flush's worth had reached the client.
        var flush = FeatureCollectionResult<RenderedIncident>.FlushBytes;
        Assert.True(sent.Body.Length > 20 * flush, $"{sent.Body.Length} bytes");
        Assert.True(sent.Body.Length - sent.SentBeforeLastFeature <= 2 * flush,
            $"{sent.Body.Length - sent.SentBeforeLastFeature} of {sent.Body.Length} bytes were still held when the last feature was read");
    }

    private static async Task<RecordingStream> SendAsync(Func<IAsyncEnumerable<RenderedIncident>, IActionResult> result)
    {
        var sent = new RecordingStream();
        var http = new DefaultHttpContext();
        http.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(sent));
        await result(Incidents(sent)).ExecuteResultAsync(new ActionContext(http, new RouteData(), new Microsoft.AspNetCore.Mvc.Abstractions.ActionDescriptor()));
        await http.Response.CompleteAsync();
        return sent;
    }

    private static async IAsyncEnumerable<RenderedIncident> Incidents(RecordingStream sent)
    {
        var body = Encoding.UTF8.GetBytes($"{{\"type\":\"battles\",\"summary\":\"{new string('x', 250)}\"}}");
        for (var i = 1; i <= _features; i++)
        {
            if (i % 100 == 0) await Task.Yield();
            if (i == _features) sent.SentBeforeLastFeature = sent.Length;
            yield return new RenderedIncident(i, 1, 23.5, 52.1, body);
        }
    }

    /// <summary>The client's side of the connection: every write the server makes, in order.</summary>
    private sealed class RecordingStream : Stream
    {
        private readonly MemoryStream _all = new();

        public long SentBeforeLastFeature { get; set; }

        public byte[] Body => _all.ToArray();

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _all.Length;
        public override long Position { get => _all.Position; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            _all.Write(buffer);
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Write(buffer.AsSpan(offset, count));
            return Task.CompletedTask;
        }

        public override void Flush() { }
        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
