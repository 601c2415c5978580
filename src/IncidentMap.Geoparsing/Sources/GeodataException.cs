namespace IncidentMap.Geoparsing.Sources;

/// <summary>A gazetteer source file is missing or is not the version the manifest names.</summary>
public sealed class GeodataException : Exception
{
    /// <summary>Creates the exception with its one-line explanation.</summary>
    public GeodataException(string message) : base(message) { }

    /// <summary>Creates the exception with its explanation and cause.</summary>
    public GeodataException(string message, Exception inner) : base(message, inner) { }

    /// <summary>Creates the exception.</summary>
    public GeodataException() { }
}
