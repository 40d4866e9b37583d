using System.Text.RegularExpressions;

namespace PaperGraph.Extraction.Sources;

/// <summary>Finds an arXiv identifier in an id, URL or "arXiv:" reference, without its version suffix.</summary>
public static partial class ArxivId
{
    /// <summary>The bare identifier (<c>2406.17588</c> or <c>hep-th/9901001</c>), or null when there is none.</summary>
    public static string? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var match = Pattern().Match(text);
        return match.Success ? match.Groups["id"].Value : null;
    }

    [GeneratedRegex(@"(?:^|arxiv\.org/(?:abs|pdf)/|arXiv:|\s)(?<id>\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?(?:\.pdf)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
