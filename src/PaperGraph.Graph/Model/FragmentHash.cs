using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace PaperGraph.Graph.Model;

/// <summary>
/// Hashes a fragment's full content, so an unchanged paper is recognised even when the
/// extractor changed what it finds (then the facts differ and the paper is updated).
/// </summary>
internal static class FragmentHash
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static string Compute(params object[] parts)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(parts, Options);
        return Convert.ToHexStringLower(SHA256.HashData(json));
    }

    /// <summary>A short stable id for a fact from the values that identify it.</summary>
    public static string ShortId(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 8));
}
