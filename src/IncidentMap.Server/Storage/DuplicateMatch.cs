namespace IncidentMap.Server.Storage;

/// <summary>How an ingested text was found to be an article already stored.</summary>
public enum DuplicateMatch
{
    /// <summary>A source of the stored article has the same canonical address: the same copy again.</summary>
    Url,

    /// <summary>The stored article has exactly the same text.</summary>
    ContentHash,

    /// <summary>The stored article's text is the same story lightly edited (MinHash similarity at or above the threshold).</summary>
    NearDuplicate,
}
