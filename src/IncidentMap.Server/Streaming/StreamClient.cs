using System.Threading.Channels;

namespace IncidentMap.Server.Streaming;

/// <summary>One connected client's queue of messages. It is bounded: a client too slow to keep up is dropped rather
/// than let its backlog grow, and catches up from the change log when it reconnects with Last-Event-ID.</summary>
public sealed class StreamClient(int capacity)
{
    private readonly Channel<StreamMessage> _queue = Channel.CreateBounded<StreamMessage>(
        new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = true, FullMode = BoundedChannelFullMode.Wait });

    public ChannelReader<StreamMessage> Reader => _queue.Reader;

    /// <summary>True when the client fell too far behind and was closed.</summary>
    public bool Dropped { get; private set; }

    /// <summary>Queues a message, or drops the client when its queue is full.</summary>
    public void Offer(StreamMessage message)
    {
        if (Dropped || _queue.Writer.TryWrite(message)) return;
        Dropped = true;
        _queue.Writer.TryComplete();
    }

    public void Close() => _queue.Writer.TryComplete();
}
