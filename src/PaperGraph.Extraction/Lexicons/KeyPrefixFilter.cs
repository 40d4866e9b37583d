namespace PaperGraph.Extraction.Lexicons;

/// <summary>
/// A Bloom filter over every prefix of every lexicon key. The name finder asks once per word whether a known
/// name can start there; two out of three words cannot, and this small bit table (which stays in the CPU cache)
/// answers them without probing the large prefix dictionary. It never says no to a real prefix.
/// </summary>
internal sealed class KeyPrefixFilter
{
    private readonly ulong[] _bits;
    private readonly int _mask;

    /// <summary>Builds the filter over <paramref name="prefixes"/>, about sixteen bits per prefix.</summary>
    public KeyPrefixFilter(IReadOnlyCollection<string> prefixes)
    {
        var size = 1 << 12;
        while (size < prefixes.Count * 16)
            size <<= 1;
        _bits = new ulong[size / 64];
        _mask = size - 1;
        foreach (var prefix in prefixes)
        {
            var (a, b) = Positions(prefix);
            _bits[a >> 6] |= 1UL << a;
            _bits[b >> 6] |= 1UL << b;
        }
    }

    /// <summary>False when no lexicon key starts with <paramref name="prefix"/>; true when one may.</summary>
    public bool MayContain(ReadOnlySpan<char> prefix)
    {
        var (a, b) = Positions(prefix);
        return (_bits[a >> 6] & (1UL << a)) != 0 && (_bits[b >> 6] & (1UL << b)) != 0;
    }

    // Two bit positions from one 64-bit FNV-1a hash.
    private (int A, int B) Positions(ReadOnlySpan<char> key)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in key)
            hash = (hash ^ c) * 1099511628211UL;
        return ((int)hash & _mask, (int)(hash >> 32) & _mask);
    }
}
