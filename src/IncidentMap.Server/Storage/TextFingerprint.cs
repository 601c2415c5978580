namespace IncidentMap.Server.Storage;

/// <summary>
/// The MinHash signature of an article's text, to find the same wire story lightly edited by another outlet: the
/// text's word 4-shingles are hashed once each and 128 hash functions keep their minimum, so the share of equal
/// values estimates the Jaccard similarity of the two shingle sets. Linear in the text. 32 bands of 4 values give
/// the keys candidates are looked up by (locality-sensitive hashing): two texts at Jaccard 0.7 share a band with
/// probability 0.9999, at 0.3 with 0.23, and only candidates are compared.
/// </summary>
public static class TextFingerprint
{
    public const int Size = 128;
    public const int Bands = 32;
    private const int _rows = Size / Bands;
    private const int _shingle = 4;

    /// <summary>Below this many words a text is matched by address and exact text only: a headline or a one-line
    /// blurb has too few shingles to tell an edit from another story.</summary>
    public const int MinWords = 50;

    /// <summary>Estimated Jaccard similarity at or above which two texts are the same story.</summary>
    public const double Threshold = 0.5;

    private static readonly ulong[] _seeds = [.. Enumerable.Range(0, Size).Select(i => Mix(0x9E3779B97F4A7C15UL * (ulong)(i + 1)))];

    /// <summary>The signature, or null for a text under <see cref="MinWords"/> words.</summary>
    public static uint[]? Of(string text)
    {
        var words = WordHashes(text);
        if (words.Count < MinWords) return null;
        var signature = new uint[Size];
        Array.Fill(signature, uint.MaxValue);
        for (var i = 0; i + _shingle <= words.Count; i++)
        {
            var shingle = words[i];
            for (var k = 1; k < _shingle; k++) shingle = shingle * 0x100000001B3UL ^ words[i + k];
            for (var h = 0; h < Size; h++)
            {
                var value = (uint)(Mix(shingle ^ _seeds[h]) >> 32);
                if (value < signature[h]) signature[h] = value;
            }
        }
        return signature;
    }

    /// <summary>The share of equal positions: the estimate of the texts' Jaccard similarity.</summary>
    public static double Similarity(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        var equal = 0;
        for (var i = 0; i < Size; i++) if (a[i] == b[i]) equal++;
        return equal / (double)Size;
    }

    /// <summary>One key per band; texts that share a key are compared.</summary>
    public static long[] BandKeys(ReadOnlySpan<uint> signature)
    {
        var keys = new long[Bands];
        for (var b = 0; b < Bands; b++)
        {
            var key = Mix((ulong)b + 1);
            for (var r = 0; r < _rows; r++) key = Mix(key ^ signature[b * _rows + r]);
            keys[b] = (long)key;
        }
        return keys;
    }

    public static byte[] ToBytes(uint[] signature)
    {
        var bytes = new byte[Size * sizeof(uint)];
        Buffer.BlockCopy(signature, 0, bytes, 0, bytes.Length);
        return bytes;
    }

    public static uint[] FromBytes(byte[] bytes)
    {
        var signature = new uint[Size];
        Buffer.BlockCopy(bytes, 0, signature, 0, Math.Min(bytes.Length, Size * sizeof(uint)));
        return signature;
    }

    /// <summary>FNV-1a of each word, lower-cased letters and digits only: stable across processes and machines.</summary>
    private static List<ulong> WordHashes(string text)
    {
        var words = new List<ulong>(text.Length / 6);
        var hash = 0xCBF29CE484222325UL;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                hash = (hash ^ char.ToLowerInvariant(c)) * 0x100000001B3UL;
                inWord = true;
            }
            else if (inWord && c is not ('\'' or '’'))
            {
                words.Add(hash);
                hash = 0xCBF29CE484222325UL;
                inWord = false;
            }
        }
        if (inWord) words.Add(hash);
        return words;
    }

    /// <summary>The SplitMix64 finalizer: a cheap, well-spread 64-bit mix.</summary>
    private static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
