using PaperGraph.Graph.Model;
using PaperGraph.Graph.ReadModel;

namespace PaperGraph.Graph.Search;

/// <summary>
/// Ranked full-text search over entity names and aliases and paper titles and abstracts.
/// Scores are BM25 over weighted fields (a word in a name counts more than one in an
/// abstract); every query word must match, exactly or as the start of a word (half weight),
/// and a query that is an entity's whole name in any spelling ("gpt4") ranks that entity first.
/// </summary>
public sealed class SearchIndex
{
    private const double K1 = 1.2;
    private const double B = 0.75;
    private const double PrefixWeight = 0.5;
    private const double WholeNameBoost = 10;

    private static readonly double[] FieldWeights = [5, 4, 3, 1]; // by SearchField

    private readonly List<Document> documents = [];
    private readonly Dictionary<string, List<Posting>> postings = new(StringComparer.Ordinal);
    private readonly string[] sortedTerms;
    private readonly double averageLength;

    /// <summary>Indexes every paper and entity of <paramref name="graph"/>.</summary>
    public SearchIndex(GraphReadModel graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        foreach (var paper in graph.Papers)
            Add(paper, [(SearchField.Title, paper.Title), (SearchField.Abstract, paper.Abstract)]);
        foreach (var entity in graph.Entities)
            Add(entity, [(SearchField.Name, entity.Name), .. entity.Aliases.Select(a => (SearchField.Alias, a))]);
        sortedTerms = [.. postings.Keys.Order(StringComparer.Ordinal)];
        averageLength = documents.Count == 0 ? 1 : documents.Average(d => d.Length);
    }

    /// <summary>The hits for <paramref name="text"/>, best first; <paramref name="accept"/> keeps only some nodes.</summary>
    public IReadOnlyList<SearchHit> Search(string text, Func<object, bool>? accept = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = SearchTokens.Split(text).Select(t => t.Term).Distinct().ToList();
        if (words.Count == 0)
            return [];

        Dictionary<int, Match>? matches = null;
        foreach (var word in words)
        {
            var forWord = MatchWord(word);
            if (matches is null)
            {
                matches = forWord;
            }
            else
            {
                foreach (var document in matches.Keys.ToList())
                {
                    if (forWord.TryGetValue(document, out var more))
                        matches[document] = matches[document].Add(more);
                    else
                        matches.Remove(document);
                }
            }
        }

        var wholeName = NodeIds.NameKey(text);
        return [.. matches!
            .Select(m => (Document: documents[m.Key], m.Value))
            .Where(m => accept is null || accept(m.Document.Node))
            .Select(m => Hit(m.Document, m.Value, wholeName))
            .OrderByDescending(h => h.Score)
            .ThenBy(h => h.Snippet, StringComparer.OrdinalIgnoreCase)];
    }

    private void Add(object node, IEnumerable<(SearchField Field, string Text)> fields)
    {
        var index = documents.Count;
        var document = new Document(node, [.. fields]);
        documents.Add(document);
        for (var f = 0; f < document.Fields.Length; f++)
        {
            foreach (var group in SearchTokens.Split(document.Fields[f].Text).GroupBy(t => t.Term))
            {
                if (!postings.TryGetValue(group.Key, out var list))
                    postings[group.Key] = list = [];
                list.Add(new Posting(index, f, group.Count(), group.First().Start));
                document.Length += group.Count();
            }
        }
    }

    /// <summary>The BM25 contribution of one query word to every document holding it (or a word it begins).</summary>
    private Dictionary<int, Match> MatchWord(string word)
    {
        var found = new Dictionary<int, Match>();
        var first = Array.BinarySearch(sortedTerms, word, StringComparer.Ordinal);
        if (first < 0)
            first = ~first;
        for (var i = first; i < sortedTerms.Length && sortedTerms[i].StartsWith(word, StringComparison.Ordinal); i++)
        {
            var term = sortedTerms[i];
            var list = postings[term];
            var idf = Math.Log(1 + ((documents.Count - list.Count + 0.5) / (list.Count + 0.5)));
            var exactness = term.Length == word.Length ? 1 : PrefixWeight;
            foreach (var posting in list)
            {
                var document = documents[posting.Document];
                var field = document.Fields[posting.Field].Field;
                var frequency = FieldWeights[(int)field] * posting.Count;
                var saturation = frequency * (K1 + 1) / (frequency + (K1 * (1 - B + (B * document.Length / averageLength))));
                var score = idf * saturation * exactness;
                var match = new Match(score, posting.Field, posting.Start, score);
                found[posting.Document] = found.TryGetValue(posting.Document, out var earlier) ? earlier.Add(match) : match;
            }
        }

        return found;
    }

    private static SearchHit Hit(Document document, Match match, string wholeName)
    {
        var score = match.Score;
        var bestField = match.BestField;
        if (document.Node is EntityNode entity && entity.NameKeys.Contains(wholeName))
        {
            score += WholeNameBoost;
            bestField = Array.FindIndex(document.Fields, f => NodeIds.NameKey(f.Text) == wholeName);
        }

        var (field, text) = document.Fields[bestField];
        return new SearchHit(document.Node, Math.Round(score, 4), field, Snippet(field, text, match.BestField == bestField ? match.BestStart : 0));
    }

    /// <summary>A short window of the matched text: names whole, an abstract around the first match.</summary>
    private static string Snippet(SearchField field, string text, int start)
    {
        const int Radius = 80;
        if (field != SearchField.Abstract || text.Length <= 2 * Radius)
            return text;
        var from = Math.Max(0, start - Radius);
        var to = Math.Min(text.Length, start + Radius);
        var space = from == 0 ? 0 : text.IndexOf(' ', from);
        from = space < 0 || space > start ? from : space + 1;
        var end = text.LastIndexOf(' ', to - 1);
        to = to == text.Length || end <= start ? to : end;
        return (from > 0 ? "…" : "") + text[from..to] + (to < text.Length ? "…" : "");
    }

    private sealed class Document(object node, (SearchField Field, string Text)[] fields)
    {
        public object Node { get; } = node;

        public (SearchField Field, string Text)[] Fields { get; } = fields;

        public int Length { get; set; }
    }

    private readonly record struct Posting(int Document, int Field, int Count, int Start);

    /// <summary>A document's score so far and the field that contributed most.</summary>
    private readonly record struct Match(double Score, int BestField, int BestStart, double BestScore)
    {
        public Match Add(Match other) => other.BestScore > BestScore
            ? new Match(Score + other.Score, other.BestField, other.BestStart, other.BestScore)
            : this with { Score = Score + other.Score };
    }
}
