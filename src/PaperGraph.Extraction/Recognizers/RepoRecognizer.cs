using System.Text.RegularExpressions;
using PaperGraph.Extraction.Model;
using PaperGraph.Extraction.Text;

namespace PaperGraph.Extraction.Recognizers;

/// <summary>Recognises GitHub repository links and reduces each to <c>owner/name</c>.</summary>
public static partial class RepoRecognizer
{
    /// <summary>The repositories linked from <paramref name="sentence"/>, in text order.</summary>
    public static IEnumerable<RepoMention> Find(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        foreach (var m in ResultRecognizer.InSentence(GitHubLink(), sentence))
        {
            var owner = m.Groups["owner"];
            var name = m.Groups["name"].Value;
            // A sentence-final period or ".git" is not part of the repository name.
            var trimmed = name.TrimEnd('.', ',', ';', ':', ')');
            if (trimmed.EndsWith(".git", StringComparison.OrdinalIgnoreCase))
                trimmed = trimmed[..^4];
            if (trimmed.Length == 0)
                continue;
            var start = m.Index;
            var end = m.Groups["name"].Index + trimmed.Length;
            yield return new RepoMention($"{owner.Value}/{trimmed}", sentence.EvidenceFor(new TextSpan(start, end), "repo-github-link"));
        }
    }

    [GeneratedRegex(@"(?:https?://)?(?:www\.)?github\.com/(?<owner>[A-Za-z0-9][A-Za-z0-9_.-]*)/(?<name>[A-Za-z0-9_.-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex GitHubLink();
}
