namespace IncidentMap.Geoparsing.Parsing;

/// <summary>The feature values of an article's candidates, one row of <see cref="ResolverWeights.Count"/> values per
/// candidate weighed, in one growing buffer: no allocation per candidate.</summary>
internal sealed class EvidenceRows(int capacity)
{
    private double[] _values = new double[Math.Max(capacity, 8) * ResolverWeights.Count];

    /// <summary>How many rows have been added.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a row of zeros and returns its index.</summary>
    public int Add()
    {
        var end = (Count + 1) * ResolverWeights.Count;
        if (end > _values.Length) Array.Resize(ref _values, Math.Max(end, _values.Length * 2));
        Array.Clear(_values, end - ResolverWeights.Count, ResolverWeights.Count);
        return Count++;
    }

    /// <summary>The values of row <paramref name="row"/>; valid until the next <see cref="Add"/>.</summary>
    public Span<double> this[int row] => _values.AsSpan(row * ResolverWeights.Count, ResolverWeights.Count);
}
