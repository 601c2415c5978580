namespace IncidentMap.Server.Feeds;

/// <summary>A fetched document that is not a readable RSS, Atom or JSON feed; the message says why, for the feed's status.</summary>
public sealed class FeedFormatException(string message) : Exception(message);
