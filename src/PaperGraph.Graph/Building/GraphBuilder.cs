using PaperGraph.Extraction.Model;
using PaperGraph.Graph.Model;

namespace PaperGraph.Graph.Building;

/// <summary>
/// Turns one paper and what was extracted from it into the fragment the store writes:
/// nodes with stable ids and relationships that keep their evidence.
/// </summary>
public static class GraphBuilder
{
    /// <summary>Builds the graph fragment of one paper.</summary>
    public static PaperFragment Build(Paper paper, PaperExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(paper);
        ArgumentNullException.ThrowIfNull(extraction);
        var paperId = NodeIds.Paper(paper.ArxivId, paper.Title);
        var stored = new StoredPaper(paperId, paper.Title, paper.Abstract, paper.ArxivId, paper.Url, paper.Date, paper.Authors, paper.Origin?.ToString());
        var facts = new FragmentFacts(paperId);

        foreach (var mention in extraction.Entities)
            facts.AddMention(mention);
        foreach (var repo in extraction.Repos)
            facts.AddRepo(repo);
        foreach (var length in extraction.ContextLengths)
            facts.AddContextLength(length);
        foreach (var evaluation in extraction.Evaluations)
            facts.AddEvaluation(evaluation);
        foreach (var result in extraction.Results)
            facts.AddResult(result);

        return facts.ToFragment(stored);
    }
}
