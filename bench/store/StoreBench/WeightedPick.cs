namespace StoreBench;

/// <summary>Picks items with probability proportional to their weight (cumulative weights, binary search).</summary>
internal sealed class WeightedPick<T>
{
    private readonly T[] _items;
    private readonly double[] _cumulative;

    public WeightedPick(IEnumerable<(T Item, double Weight)> weighted)
    {
        var list = weighted.Where(w => w.Weight > 0).ToArray();
        _items = [.. list.Select(w => w.Item)];
        _cumulative = new double[list.Length];
        var total = 0.0;
        for (var i = 0; i < list.Length; i++) _cumulative[i] = total += list[i].Weight;
    }

    public int Count => _items.Length;

    public T Next(Random random)
    {
        var x = random.NextDouble() * _cumulative[^1];
        var i = Array.BinarySearch(_cumulative, x);
        return _items[i < 0 ? ~i : i];
    }
}
