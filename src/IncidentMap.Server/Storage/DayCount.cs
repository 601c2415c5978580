namespace IncidentMap.Server.Storage;

/// <summary>How many incidents are dated on a day.</summary>
public readonly record struct DayCount(DateOnly Day, long Count);
