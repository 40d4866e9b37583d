using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using PaperGraph.Extraction.Model;

namespace PaperGraph.Graph.Model;

/// <summary>
/// Hashes a fragment's full content, so an unchanged paper is recognised even when the
/// extractor changed what it finds (then the facts differ and the paper is updated). Every
/// field is fed to the digest directly: serialising the fragment first cost more than the
/// building of it. Fact ids stay SHA-256 based, as earlier versions stored them.
/// </summary>
internal static class FragmentHash
{
    /// <summary>One digest per thread, reused: fragments are built on several threads at once.</summary>
    [ThreadStatic]
    private static ContentDigest? digest;

    [ThreadStatic]
    private static IncrementalHash? idHash;

    /// <summary>The digest of a fragment's content; where the paper was read from is left out.</summary>
    public static string Compute(
        StoredPaper paper,
        IReadOnlyList<StoredEntity> entities,
        IReadOnlyList<StoredRepo> repos,
        IReadOnlyList<StoredResult> results,
        IReadOnlyList<StoredContextLength> lengths,
        IReadOnlyList<StoredRelationship> relationships)
    {
        var d = digest ??= new ContentDigest();
        d.Add(paper.Id);
        d.Add(paper.Title);
        d.Add(paper.Abstract);
        d.Add(paper.ArxivId);
        d.Add(paper.Url);
        d.Add(paper.Date);
        d.Add(paper.Authors);

        d.Add(entities.Count);
        foreach (var entity in entities)
        {
            d.Add(entity.Id);
            d.Add((long)entity.Kind);
            d.Add(entity.Name);
        }

        d.Add(repos.Count);
        foreach (var repo in repos)
        {
            d.Add(repo.Id);
            d.Add(repo.Name);
        }

        d.Add(results.Count);
        foreach (var result in results)
        {
            d.Add(result.Id);
            d.Add(result.PaperId);
            d.Add(result.Value);
            d.Add(result.Unit);
            d.Add(result.Metric);
            d.Add(result.Text);
            Add(d, result.Evidence);
        }

        d.Add(lengths.Count);
        foreach (var length in lengths)
        {
            d.Add(length.PaperId);
            d.Add(length.Text);
            d.Add(length.Tokens);
            d.Add(length.SubjectId);
            Add(d, length.Evidence);
        }

        d.Add(relationships.Count);
        foreach (var relationship in relationships)
        {
            d.Add(relationship.Id);
            d.Add((long)relationship.Type);
            d.Add(relationship.FromId);
            d.Add(relationship.ToId);
            d.Add(relationship.PaperId);
            d.Add(relationship.Verified);
            var properties = relationship.Properties;
            d.Add(properties.WrittenName);
            d.Add(properties.Aliases);
            d.Add(properties.Params);
            d.Add(properties.ContextWindow);
            d.Add(properties.ContextLengths);
            Add(d, relationship.Evidence);
        }

        return d.Finish();
    }

    /// <summary>
    /// A short stable id for a fact from the values that identify it: the first 8 bytes of the
    /// SHA-256 of their UTF-8 text, as hex. The text is formatted into <paramref name="buffer"/>,
    /// so no string is made for it.
    /// </summary>
    public static string ShortId(
        IFormatProvider provider,
        Span<char> buffer,
        [InterpolatedStringHandlerArgument(nameof(provider), nameof(buffer))] ref DefaultInterpolatedStringHandler key)
    {
        var text = key.Text;
        var length = Encoding.UTF8.GetMaxByteCount(text.Length);
        Span<byte> utf8 = length <= 2048 ? stackalloc byte[length] : new byte[length];
        var written = Encoding.UTF8.GetBytes(text, utf8);
        key.Clear();
        // One hasher per thread, reset after each use: a one-shot SHA-256 sets up and tears down
        // a native context every call, which cost more than hashing these few bytes.
        var sha = idHash ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(utf8[..written]);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        sha.GetHashAndReset(hash);
        return Convert.ToHexStringLower(hash[..8]);
    }

    private static void Add(ContentDigest d, Evidence evidence)
    {
        d.Add((long)evidence.Field);
        d.Add(evidence.Start);
        d.Add(evidence.End);
        d.Add(evidence.Sentence);
        d.Add(evidence.Rule);
    }
}
