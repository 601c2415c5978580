namespace IncidentMap.Server.Feeds;

/// <summary>One item of a feed document, as read.</summary>
/// <param name="Key">What identifies the item within its feed: its id, else its link, else a hash of its text.</param>
/// <param name="Link">The absolute http(s) address of the story, if any.</param>
/// <param name="Title">The headline, as plain text.</param>
/// <param name="Published">When the item was published, if it says.</param>
/// <param name="ContentHtml">The full content (RSS content:encoded, Atom content, JSON Feed content), if any.</param>
/// <param name="SummaryHtml">The description or summary, if any.</param>
public sealed record FeedEntry(string Key, string? Link, string? Title, DateTimeOffset? Published, string? ContentHtml, string? SummaryHtml);
