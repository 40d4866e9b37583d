using PaperGraph.Extraction.Model;

namespace PaperGraph.Extraction;

/// <summary>Turns a paper's title and abstract into entities, lengths, repos, results and evaluations with evidence.</summary>
public sealed class Extractor(Lexicons.Lexicon lexicon)
{
    /// <summary>The lexicon the extractor matches against.</summary>
    public Lexicons.Lexicon Lexicon { get; } = lexicon;

    /// <summary>Extracts every fact of one paper.</summary>
    public PaperExtraction Extract(Paper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        return new PaperExtraction(paper.Title, [], [], [], [], []);
    }
}
