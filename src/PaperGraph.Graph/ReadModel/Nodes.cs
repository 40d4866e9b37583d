using PaperGraph.Extraction.Model;

namespace PaperGraph.Graph.ReadModel;

/// <summary>A paper in the read model, linked to everything it states.</summary>
public sealed class PaperNode
{
    internal PaperNode(Model.StoredPaper stored) => Stored = stored;

    internal Model.StoredPaper Stored { get; }

    /// <summary>Stable id (<c>paper:arxiv:...</c> or <c>paper:title-slug</c>).</summary>
    public string Id => Stored.Id;

    /// <summary>The title.</summary>
    public string Title => Stored.Title;

    /// <summary>The abstract.</summary>
    public string Abstract => Stored.Abstract;

    /// <summary>The arXiv id when known.</summary>
    public string? ArxivId => Stored.ArxivId;

    /// <summary>The paper's address when known.</summary>
    public string? Url => Stored.Url;

    /// <summary>The publication date as the source wrote it.</summary>
    public string? Date => Stored.Date;

    /// <summary>Author names.</summary>
    public IReadOnlyList<string> Authors => Stored.Authors;

    /// <summary>The file and line the paper was last ingested from.</summary>
    public string? Source => Stored.Source;

    /// <summary>Every entity the paper names, with how it names it.</summary>
    public List<Mention> Mentions { get; } = [];

    /// <summary>The entities the paper proposes.</summary>
    public IEnumerable<EntityNode> Introduces => Mentions.Where(m => m.Introduced).Select(m => m.Entity);

    /// <summary>GitHub repositories the paper links.</summary>
    public List<RepoLink> Repos { get; } = [];

    /// <summary>Results the paper reports.</summary>
    public List<ResultNode> Results { get; } = [];

    /// <summary>Evaluations the paper states.</summary>
    public List<Evaluation> Evaluations { get; } = [];

    /// <summary>Token lengths the paper states.</summary>
    public List<ContextLengthFact> ContextLengths { get; } = [];
}

/// <summary>A model, benchmark, dataset or method, merged over every paper that names it.</summary>
public sealed class EntityNode
{
    internal EntityNode(string id, EntityKind kind, string name) => (Id, Kind, Name) = (id, kind, name);

    /// <summary>Stable id (<c>model:gpt4</c>).</summary>
    public string Id { get; }

    /// <summary>Model, benchmark, dataset or method.</summary>
    public EntityKind Kind { get; }

    /// <summary>The canonical name.</summary>
    public string Name { get; }

    /// <summary>Other names papers use for it.</summary>
    public IReadOnlyList<string> Aliases { get; internal set; } = [];

    /// <summary>The matching keys (<see cref="Model.NodeIds.NameKey"/>) of its name and aliases, for alias-aware lookups.</summary>
    public IReadOnlySet<string> NameKeys { get; internal set; } = new HashSet<string>();

    /// <summary>Whether <paramref name="name"/> is its name or one of its aliases, in any spelling ("gpt4" for GPT-4).</summary>
    public bool IsNamed(string name) => NameKeys.Contains(Model.NodeIds.NameKey(name));

    /// <summary>Parameter count papers state for it (the most common statement).</summary>
    public long? Params { get; internal set; }

    /// <summary>Context window in tokens papers state for it (the largest statement).</summary>
    public long? ContextWindow { get; internal set; }

    /// <summary>Every paper mention of it.</summary>
    public List<Mention> Mentions { get; } = [];

    /// <summary>Papers that introduce it.</summary>
    public IEnumerable<PaperNode> IntroducedBy => Mentions.Where(m => m.Introduced).Select(m => m.Paper);

    /// <summary>Evaluations it takes part in: as the model for a model, as the benchmark otherwise.</summary>
    public List<Evaluation> Evaluations { get; } = [];

    /// <summary>Results of it (a model) or on it (a benchmark).</summary>
    public List<ResultNode> Results { get; } = [];
}

/// <summary>A paper naming an entity: the MENTIONS relationship, with INTRODUCES folded in as a flag.</summary>
public sealed record Mention(
    PaperNode Paper,
    EntityNode Entity,
    string WrittenName,
    IReadOnlyList<string> Aliases,
    bool Introduced,
    long? Params,
    long? ContextWindow,
    Evidence Evidence,
    string RelationshipId)
{
    /// <summary>Whether a curator verified it; a re-ingest keeps verified facts.</summary>
    public bool Verified { get; init; }
}

/// <summary>A model evaluated on a benchmark, as one paper states it.</summary>
public sealed record Evaluation(
    string Id,
    EntityNode Model,
    EntityNode Benchmark,
    PaperNode Paper,
    IReadOnlyList<long> ContextLengths,
    Evidence Evidence,
    bool Verified)
{
    /// <summary>The largest length tied to the evaluation, or null when none is stated.</summary>
    public long? ContextLength => ContextLengths.Count == 0 ? null : ContextLengths.Max();
}

/// <summary>A reported figure, linked to its paper and, when stated, its model and benchmark.</summary>
public sealed record ResultNode(
    string Id,
    PaperNode Paper,
    double Value,
    string? Unit,
    string? Metric,
    string Text,
    EntityNode? Model,
    EntityNode? Benchmark,
    Evidence Evidence)
{
    /// <summary>Whether a curator verified it; a re-ingest keeps verified facts.</summary>
    public bool Verified { get; init; }
}

/// <summary>A GitHub repository and the papers that link it.</summary>
public sealed class RepoNode
{
    internal RepoNode(string id, string name) => (Id, Name) = (id, name);

    /// <summary>Stable id (<c>repo:owner/name</c>).</summary>
    public string Id { get; }

    /// <summary><c>owner/name</c>.</summary>
    public string Name { get; }

    /// <summary>The repository's web address.</summary>
    public string Url => "https://github.com/" + Name;

    /// <summary>The papers linking it, with evidence.</summary>
    public List<RepoLink> Links { get; } = [];
}

/// <summary>A paper linking a repository (HAS_CODE).</summary>
public sealed record RepoLink(PaperNode Paper, RepoNode Repo, Evidence Evidence);

/// <summary>A token length a paper states, with the entity it belongs to when the text says so.</summary>
public sealed record ContextLengthFact(PaperNode Paper, string Text, long Tokens, EntityNode? Subject, Evidence Evidence);
