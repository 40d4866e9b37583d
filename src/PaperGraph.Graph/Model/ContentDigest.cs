using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace PaperGraph.Graph.Model;

/// <summary>
/// A 128-bit digest of typed values written one after another. Every string and list is
/// prefixed by its length (null by -1), so two different sequences of values never feed the
/// same bytes. XXH128 is not cryptographic, and need not be: the digest only tells whether a
/// paper's content changed, and it hashes far faster than SHA-256.
/// </summary>
internal sealed class ContentDigest
{
    private readonly XxHash128 hash = new();

    public void Add(string? text)
    {
        if (text is null)
        {
            Add(-1L);
            return;
        }

        Add((long)text.Length);
        // UTF-16 code units as they are in memory: no encoding step, and the digest only has to
        // agree with itself on the same platform.
        hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
    }

    public void Add(long value)
    {
        Span<byte> bytes = stackalloc byte[sizeof(long)];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, value);
        hash.Append(bytes);
    }

    public void Add(long? value)
    {
        Add(value.HasValue);
        if (value is { } number)
            Add(number);
    }

    public void Add(bool value) => Add(value ? 1L : 0L);

    public void Add(double value) => Add(BitConverter.DoubleToInt64Bits(value));

    public void Add(IReadOnlyList<string> texts)
    {
        Add((long)texts.Count);
        foreach (var text in texts)
            Add(text);
    }

    public void Add(IReadOnlyList<long> numbers)
    {
        Add((long)numbers.Count);
        foreach (var number in numbers)
            Add(number);
    }

    /// <summary>The digest of everything added, as lower-case hex; the digest starts over empty.</summary>
    public string Finish()
    {
        Span<byte> digest = stackalloc byte[16];
        hash.GetHashAndReset(digest);
        return Convert.ToHexStringLower(digest);
    }
}
