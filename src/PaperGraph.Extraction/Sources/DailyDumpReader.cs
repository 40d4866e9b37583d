using System.Text.RegularExpressions;
using PaperGraph.Extraction.Model;

namespace PaperGraph.Extraction.Sources;

/// <summary>
/// Reads a daily-paper page dump: paragraphs separated by blank lines, each paper a short
/// title paragraph followed by its abstract. Page furniture (banners, "Subscribe", date
/// lines) is skipped; an abstract without a title, or a title without an abstract, is rejected.
/// </summary>
internal static partial class DailyDumpReader
{
    /// <summary>Longest paragraph still taken as a title; abstracts are far longer.</summary>
    private const int MaxTitleLength = 300;

    private static readonly HashSet<string> Furniture = new(StringComparer.OrdinalIgnoreCase)
    {
        "new", "Subscribe", "Daily Papers", "Get trending papers in your email inbox!",
        "by AK and the research community", "byAK and the research community",
        "Submit", "Trending Papers", "Search", "Sign Up", "Log In",
    };

    public static SourceReadResult Read(string file, string text)
    {
        var papers = new List<Paper>();
        var problems = new List<SourceProblem>();
        (string Text, int Line)? title = null;
        var abstractParts = new List<string>();

        void Flush()
        {
            if (title is { } t)
            {
                if (abstractParts.Count == 0)
                    problems.Add(new SourceProblem(new SourceLocation(file, t.Line), $"title \"{Shorten(t.Text)}\" has no abstract paragraph after it"));
                else
                    papers.Add(new Paper(t.Text, string.Join("\n\n", abstractParts)) { Origin = new SourceLocation(file, t.Line) });
            }

            title = null;
            abstractParts.Clear();
        }

        foreach (var (paragraph, line) in Paragraphs(text))
        {
            if (IsFurniture(paragraph))
                continue;
            if (LooksLikeTitle(paragraph))
            {
                Flush();
                title = (paragraph, line);
            }
            else if (title is null)
            {
                problems.Add(new SourceProblem(new SourceLocation(file, line), $"abstract paragraph \"{Shorten(paragraph)}\" has no title line before it"));
            }
            else
            {
                abstractParts.Add(paragraph);
            }
        }

        Flush();
        return new SourceReadResult(SourceFormat.DailyDump, papers, problems);
    }

    /// <summary>Paragraphs with inner line breaks folded to spaces, and the 1-based line each starts on.</summary>
    private static IEnumerable<(string Text, int Line)> Paragraphs(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var current = new List<string>();
        var start = 0;
        for (var i = 0; i <= lines.Length; i++)
        {
            var line = i < lines.Length ? lines[i].Trim() : "";
            if (line.Length > 0)
            {
                if (current.Count == 0)
                    start = i + 1;
                current.Add(line);
                continue;
            }

            if (current.Count > 0)
            {
                yield return (string.Join(' ', current), start);
                current.Clear();
            }
        }
    }

    private static bool IsFurniture(string paragraph) =>
        Furniture.Contains(paragraph) || DateLine().IsMatch(paragraph) || PageCounter().IsMatch(paragraph);

    /// <summary>A title is short and does not end like a sentence of prose; abstracts do.</summary>
    private static bool LooksLikeTitle(string paragraph) =>
        paragraph.Length <= MaxTitleLength && !paragraph.EndsWith('.') && SentenceBreak().Matches(paragraph).Count < 2;

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    [GeneratedRegex(@"^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(,? \d{4})?$", RegexOptions.IgnoreCase)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^(Page \d+( of \d+)?|\d+ (papers|upvotes?)|·)$", RegexOptions.IgnoreCase)]
    private static partial Regex PageCounter();

    [GeneratedRegex(@"[.!?]\s+[A-Z]")]
    private static partial Regex SentenceBreak();
}
