using System.Xml;
using System.Xml.Linq;
using PaperGraph.Extraction.Model;

namespace PaperGraph.Extraction.Sources;

/// <summary>
/// Reads an arXiv API Atom feed: each <c>entry</c> gives <c>title</c>, <c>summary</c>,
/// <c>id</c>, <c>published</c> and <c>author/name</c>. Entries are streamed so that a feed
/// broken half-way still yields the entries before the break.
/// </summary>
internal static class AtomFeedReader
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static SourceReadResult Read(string file, string text)
    {
        var papers = new List<Paper>();
        var problems = new List<SourceProblem>();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        using var reader = XmlReader.Create(new StringReader(text), settings);
        var lineInfo = (IXmlLineInfo)reader;
        var index = 0;
        try
        {
            while (reader.ReadToFollowing("entry", Atom.NamespaceName))
            {
                index++;
                var location = new SourceLocation(file, lineInfo.LineNumber);
                var entry = (XElement)XNode.ReadFrom(reader);
                if (ToPaper(entry, location, out var error) is { } paper)
                    papers.Add(paper);
                else
                    problems.Add(new SourceProblem(location, $"entry {index}: {error}"));
            }
        }
        catch (XmlException e)
        {
            problems.Add(new SourceProblem(new SourceLocation(file, e.LineNumber), $"malformed XML after entry {index} (column {e.LinePosition}): {e.Message}"));
        }

        if (index == 0 && problems.Count == 0)
            problems.Add(new SourceProblem(new SourceLocation(file, null), "an XML file without Atom <entry> elements"));
        return new SourceReadResult(SourceFormat.AtomFeed, papers, problems);
    }

    private static Paper? ToPaper(XElement entry, SourceLocation location, out string? error)
    {
        // arXiv writes inline LaTeX ("2.4$\times$ faster", "$128$K tokens"); the paper's text is its plain reading.
        var title = Plain(Collapse(entry.Element(Atom + "title")?.Value));
        var summary = Plain(Collapse(entry.Element(Atom + "summary")?.Value));
        error = (title, summary) switch
        {
            (null or "", _) => "element 'title' is missing or empty",
            (_, null or "") => "element 'summary' is missing or empty",
            _ => null,
        };
        if (error is not null)
            return null;

        var id = entry.Element(Atom + "id")?.Value.Trim();
        return new Paper(title!, summary!)
        {
            ArxivId = ArxivId.Find(id),
            Url = id,
            Date = entry.Element(Atom + "published")?.Value.Trim(),
            Authors = [.. entry.Elements(Atom + "author").Select(a => Collapse(a.Element(Atom + "name")?.Value)).OfType<string>()],
            Origin = location,
        };
    }

    private static string? Plain(string? text) => text is null ? null : LatexText.Plain(text);

    /// <summary>Atom wraps titles and summaries over several lines; the text is one paragraph.</summary>
    private static string? Collapse(string? text) =>
        text is null ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
