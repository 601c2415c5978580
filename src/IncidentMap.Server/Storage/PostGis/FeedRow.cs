namespace IncidentMap.Server.Storage.PostGis;

/// <summary>A row of <c>feeds</c>: a followed feed and its last poll.</summary>
public sealed class FeedRow
{
    public long Id { get; set; }
    public required string Url { get; set; }
    public string? Title { get; set; }
    public int IntervalMinutes { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? Etag { get; set; }
    public string? LastModified { get; set; }
    public DateTimeOffset? LastPolledAt { get; set; }
    public int? LastStatus { get; set; }
    public string? LastError { get; set; }
    public long ItemsSeen { get; set; }
    public long ArticlesCreated { get; set; }
    public int Failures { get; set; }
    public DateTimeOffset NextPollAt { get; set; }
}
