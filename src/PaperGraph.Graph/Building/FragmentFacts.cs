using System.Globalization;
using PaperGraph.Extraction.Model;
using PaperGraph.Graph.Model;

namespace PaperGraph.Graph.Building;

/// <summary>
/// Collects one paper's nodes and relationships while resolving the names the extractor
/// used (names and aliases, any spelling) to entity ids. A fact stated twice in one paper is
/// kept once: mentions merge their aliases, evaluations their context lengths.
/// </summary>
internal sealed class FragmentFacts(string paperId)
{
    /// <summary>Room for the text a fact id is hashed from; a longer one spills to a pooled array.</summary>
    private const int KeyBuffer = 512;

    private readonly Dictionary<string, StoredEntity> entities = [];
    private readonly Dictionary<string, StoredRelationship> mentions = [];
    private readonly Dictionary<string, StoredRelationship> evaluations = [];
    private readonly Dictionary<string, StoredRepo> repos = [];
    private readonly List<StoredRelationship> relationships = [];
    private readonly List<StoredResult> results = [];
    private readonly List<StoredContextLength> lengths = [];
    private readonly Dictionary<(bool IsModel, string Key), string> names = [];

    public void AddMention(EntityMention mention)
    {
        var entity = new StoredEntity(NodeIds.Entity(mention.Kind, mention.CanonicalName ?? mention.Name), mention.Kind, mention.CanonicalName ?? mention.Name);
        entities.TryAdd(entity.Id, entity);
        foreach (var form in mention.Aliases.Append(mention.Name).Append(entity.Name))
            names.TryAdd((mention.Kind == EntityKind.Model, NodeIds.NameKey(form)), entity.Id);

        var evidence = mention.Evidence.Count > 0 ? mention.Evidence[0] : NoEvidence("mention");
        var properties = new RelationshipProperties
        {
            WrittenName = mention.Name,
            Aliases = mention.Aliases,
            Params = mention.Params,
            ContextWindow = mention.ContextWindow,
        };
        if (mentions.TryGetValue(entity.Id, out var earlier))
        {
            mentions[entity.Id] = earlier with { Properties = Merge(earlier.Properties, properties) };
        }
        else
        {
            mentions[entity.Id] = Relationship(RelationshipType.MENTIONS, paperId, entity.Id, properties, evidence);
        }

        if (mention.Introduced)
            relationships.Add(Relationship(RelationshipType.INTRODUCES, paperId, entity.Id, RelationshipProperties.None, evidence));
    }

    public void AddRepo(RepoMention repo)
    {
        var node = new StoredRepo(NodeIds.Repo(repo.Name), repo.Name);
        if (repos.TryAdd(node.Id, node))
            relationships.Add(Relationship(RelationshipType.HAS_CODE, paperId, node.Id, RelationshipProperties.None, repo.Evidence));
    }

    public void AddContextLength(ContextLengthMention length) =>
        lengths.Add(new StoredContextLength(paperId, length.Text, length.Tokens, ResolveAny(length.Subject), length.Evidence));

    public void AddEvaluation(EvaluationMention evaluation)
    {
        if (Resolve(evaluation.Model, isModel: true) is not { } model || Resolve(evaluation.Benchmark, isModel: false) is not { } benchmark)
            return;
        var properties = new RelationshipProperties { ContextLengths = evaluation.ContextLengths };
        var key = model + "|" + benchmark;
        evaluations[key] = evaluations.TryGetValue(key, out var earlier)
            ? earlier with { Properties = Merge(earlier.Properties, properties) }
            : Relationship(RelationshipType.EVALUATED_ON, model, benchmark, properties, evaluation.Evidence);
    }

    public void AddResult(ResultMention result)
    {
        var id = "result:" + FragmentHash.ShortId(CultureInfo.InvariantCulture, stackalloc char[KeyBuffer], $"{paperId}|{results.Count}|{NodeIds.Invariant(result.Value)}|{result.Evidence.Field}|{result.Evidence.Start}");
        var stored = new StoredResult(id, paperId, result.Value, result.Unit, result.Metric, result.Text, result.Evidence);
        results.Add(stored);
        relationships.AddRange(ResultLinks.Of(stored, Resolve(result.Model, isModel: true), Resolve(result.Benchmark, isModel: false)));
    }

    public PaperFragment ToFragment(StoredPaper paper) => new(
        paper,
        [.. entities.Values],
        [.. repos.Values],
        results,
        lengths,
        [.. mentions.Values, .. relationships, .. evaluations.Values]);

    private string? Resolve(string? name, bool isModel) =>
        name is null ? null : names.GetValueOrDefault((isModel, NodeIds.NameKey(name)));

    private string? ResolveAny(string? name) => Resolve(name, isModel: true) ?? Resolve(name, isModel: false);

    private StoredRelationship Relationship(RelationshipType type, string from, string to, RelationshipProperties properties, Evidence evidence) =>
        new(ResultLinks.RelationshipId(paperId, type, from, to, evidence), type, from, to, paperId, properties, evidence);


    private static RelationshipProperties Merge(RelationshipProperties a, RelationshipProperties b) => a with
    {
        Aliases = [.. a.Aliases.Union(b.Aliases, StringComparer.Ordinal)],
        Params = a.Params ?? b.Params,
        ContextWindow = a.ContextWindow ?? b.ContextWindow,
        ContextLengths = [.. a.ContextLengths.Union(b.ContextLengths).Order()],
    };

    private static Evidence NoEvidence(string rule) => new(TextField.Abstract, 0, 0, "", rule);
}
