using System.Globalization;
using System.Text;
using PaperGraph.Extraction.Model;

namespace PaperGraph.Graph.Model;

/// <summary>
/// Stable node ids: a paper by arXiv id when known, else by normalised title; an entity by kind
/// and normalised canonical name; a repo by <c>owner/name</c>. Ingesting the same paper twice,
/// from any source, lands on the same ids.
/// </summary>
public static class NodeIds
{
    /// <summary>The id of a paper.</summary>
    public static string Paper(string? arxivId, string title) =>
        arxivId is { Length: > 0 } ? "paper:arxiv:" + arxivId : "paper:" + Slug(title);

    /// <summary>The id of a model, benchmark, dataset or method.</summary>
    public static string Entity(EntityKind kind, string canonicalName) =>
        KindPrefix(kind) + ":" + NameKey(canonicalName);

    /// <summary>The id of a GitHub repository.</summary>
    public static string Repo(string ownerAndName) => "repo:" + ownerAndName.ToLowerInvariant();

    /// <summary>The id prefix of an entity kind (<c>model</c>, <c>benchmark</c>, ...).</summary>
    public static string KindPrefix(EntityKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>
    /// The matching key of a name: lower case, letters and digits only, so that GPT4, GPT-4 and
    /// gpt 4 are one name, and so are LLaMA2-7B and LLaMA-2-7B.
    /// </summary>
    public static string NameKey(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var rune in name.Normalize(NormalizationForm.FormKC).EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
                builder.Append(Rune.ToLowerInvariant(rune));
        }

        return builder.Length > 0 ? builder.ToString() : name.Trim().ToLowerInvariant();
    }

    /// <summary>A readable key of a title: lower-case words joined by hyphens.</summary>
    public static string Slug(string title)
    {
        var builder = new StringBuilder(title.Length);
        foreach (var rune in title.Normalize(NormalizationForm.FormKC).EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
                builder.Append(Rune.ToLowerInvariant(rune));
            else if (builder.Length > 0 && builder[^1] != '-')
                builder.Append('-');
        }

        return builder.ToString().Trim('-');
    }

    /// <summary>Formats a number for ids without culture effects.</summary>
    internal static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
