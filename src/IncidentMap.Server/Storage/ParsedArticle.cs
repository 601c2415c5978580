using IncidentMap.Geoparsing.Parsing;

namespace IncidentMap.Server.Storage;

/// <summary>An article as submitted for ingest, with what the geoparser found in it.</summary>
public sealed record ParsedArticle(NewArticle Article, GeoparseResult Parse);
