using PaperGraph.Extraction.Model;
using PaperGraph.Graph.Model;

namespace PaperGraph.Graph.ReadModel;

/// <summary>
/// The in-memory graph every query answers from: nodes linked by reference, indexed by id,
/// kind, name and alias, with evaluations ordered by context length. Immutable once built;
/// after a write, build a new one and swap it in.
/// </summary>
public sealed partial class GraphReadModel
{
    private readonly Dictionary<string, object> byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<EntityNode>> byNameKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PaperNode> papersByTitleKey = new(StringComparer.Ordinal);
    private readonly Dictionary<EntityKind, List<EntityNode>> byKind = [];
    private readonly Lazy<Search.SearchIndex> searchIndex;
    private Evaluation[] evaluationsByLength = [];

    private GraphReadModel() => searchIndex = new(() => new Search.SearchIndex(this));

    /// <summary>Every paper, by title.</summary>
    public IReadOnlyList<PaperNode> Papers { get; private set; } = [];

    /// <summary>Every entity of every kind, by kind then name.</summary>
    public IReadOnlyList<EntityNode> Entities { get; private set; } = [];

    /// <summary>Every repository, by name.</summary>
    public IReadOnlyList<RepoNode> Repos { get; private set; } = [];

    /// <summary>Every result, by paper then position.</summary>
    public IReadOnlyList<ResultNode> Results { get; private set; } = [];

    /// <summary>Every evaluation, by paper.</summary>
    public IReadOnlyList<Evaluation> Evaluations { get; private set; } = [];

    /// <summary>The number of relationships the graph holds.</summary>
    public int RelationshipCount { get; private set; }

    /// <summary>The entities of one kind, by name.</summary>
    public IReadOnlyList<EntityNode> EntitiesOf(EntityKind kind) => byKind.TryGetValue(kind, out var list) ? list : [];

    /// <summary>Any node by its id: a <see cref="PaperNode"/>, <see cref="EntityNode"/>, <see cref="RepoNode"/>, <see cref="ResultNode"/> or <see cref="Evaluation"/>.</summary>
    public object? FindById(string id) => byId.GetValueOrDefault(id);

    /// <summary>
    /// The entities a name refers to, alias-aware and spelling-tolerant ("gpt4" finds GPT-4),
    /// limited to <paramref name="kinds"/> when any are given.
    /// </summary>
    public IReadOnlyList<EntityNode> Resolve(string name, params EntityKind[] kinds)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!byNameKey.TryGetValue(NodeIds.NameKey(name), out var found))
            return [];
        return kinds.Length == 0 ? found : [.. found.Where(e => kinds.Contains(e.Kind))];
    }

    /// <summary>A paper by id, arXiv id or title (spelling-tolerant).</summary>
    public PaperNode? FindPaper(string idOrTitle)
    {
        ArgumentNullException.ThrowIfNull(idOrTitle);
        if (byId.GetValueOrDefault(idOrTitle) is PaperNode byPaperId)
            return byPaperId;
        if (byId.GetValueOrDefault("paper:arxiv:" + idOrTitle) is PaperNode byArxiv)
            return byArxiv;
        return papersByTitleKey.GetValueOrDefault(NodeIds.NameKey(idOrTitle));
    }

    /// <summary>Evaluations whose context length is at least <paramref name="minTokens"/>, from the length index.</summary>
    public IEnumerable<Evaluation> EvaluationsWithContextAtLeast(long minTokens)
    {
        var low = 0;
        var high = evaluationsByLength.Length;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (evaluationsByLength[mid].ContextLength < minTokens)
                low = mid + 1;
            else
                high = mid;
        }

        for (var i = low; i < evaluationsByLength.Length; i++)
            yield return evaluationsByLength[i];
    }
}
