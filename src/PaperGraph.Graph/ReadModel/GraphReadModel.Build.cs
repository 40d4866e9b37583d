using PaperGraph.Extraction.Model;
using PaperGraph.Graph.Model;

namespace PaperGraph.Graph.ReadModel;

public sealed partial class GraphReadModel
{
    /// <summary>Builds the read model from a stored graph.</summary>
    public static GraphReadModel Build(GraphSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var model = new GraphReadModel();
        var papers = snapshot.Papers.Select(p => new PaperNode(p)).OrderBy(p => p.Title, StringComparer.OrdinalIgnoreCase).ToList();
        // A curator's merges: the removed entities' facts count for the kept one, and their names become its aliases.
        var merges = snapshot.Merges;
        var entities = snapshot.Entities.Where(e => !merges.ContainsKey(e.Id)).Select(e => new EntityNode(e.Id, e.Kind, e.Name)).ToList();
        var repos = snapshot.Repos.Select(r => new RepoNode(r.Id, r.Name)).OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var node in papers.Cast<object>().Concat(entities).Concat(repos))
            model.byId[IdOf(node)] = node;
        var mergedNames = new Dictionary<EntityNode, List<string>>();
        foreach (var removed in snapshot.Entities.Where(e => merges.ContainsKey(e.Id)))
        {
            if (model.byId.GetValueOrDefault(merges[removed.Id]) is not EntityNode kept)
                continue;
            model.byId[removed.Id] = kept;
            (mergedNames.TryGetValue(kept, out var names) ? names : mergedNames[kept] = []).Add(removed.Name);
        }

        var results = new Dictionary<string, (StoredResult Stored, EntityNode? Model, EntityNode? Benchmark)>();
        foreach (var result in snapshot.Results)
            results[result.Id] = (result, null, null);

        // INTRODUCES is a flag on the paper's mention of the entity, so it is read first.
        var introductions = snapshot.Relationships
            .Where(r => r.Type == RelationshipType.INTRODUCES)
            .Select(r => (r.PaperId, r.ToId))
            .ToHashSet();
        var evaluations = new List<Evaluation>();
        foreach (var relationship in snapshot.Relationships)
        {
            model.RelationshipCount++;
            model.Link(relationship, introductions, results, evaluations);
        }

        var resultNodes = new List<ResultNode>();
        foreach (var (stored, ofModel, onBenchmark) in results.Values)
        {
            if (model.byId.GetValueOrDefault(stored.PaperId) is not PaperNode paper)
                continue;
            var node = new ResultNode(stored.Id, paper, stored.Value, stored.Unit, stored.Metric, stored.Text, ofModel, onBenchmark, stored.Evidence) { Verified = stored.Verified };
            paper.Results.Add(node);
            ofModel?.Results.Add(node);
            onBenchmark?.Results.Add(node);
            resultNodes.Add(node);
            model.byId[node.Id] = node;
        }

        foreach (var length in snapshot.ContextLengths)
        {
            if (model.byId.GetValueOrDefault(length.PaperId) is PaperNode paper)
                paper.ContextLengths.Add(new ContextLengthFact(paper, length.Text, length.Tokens, model.Entity(length.SubjectId), length.Evidence));
        }

        foreach (var entity in entities)
            Summarise(entity, mergedNames.GetValueOrDefault(entity) ?? []);
        model.Index(papers, entities);
        model.Papers = papers;
        model.Entities = [.. entities.OrderBy(e => e.Kind).ThenBy(e => e.Name, StringComparer.OrdinalIgnoreCase)];
        model.Repos = repos;
        model.Results = [.. resultNodes.OrderBy(r => r.Paper.Title, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Evidence.Field).ThenBy(r => r.Evidence.Start)];
        model.Evaluations = evaluations;
        model.evaluationsByLength = [.. evaluations.Where(e => e.ContextLength is not null).OrderBy(e => e.ContextLength)];
        return model;
    }

    private void Link(
        StoredRelationship relationship,
        HashSet<(string PaperId, string EntityId)> introductions,
        Dictionary<string, (StoredResult Stored, EntityNode? Model, EntityNode? Benchmark)> results,
        List<Evaluation> evaluations)
    {
        var paper = byId.GetValueOrDefault(relationship.PaperId) as PaperNode;
        switch (relationship.Type)
        {
            case RelationshipType.MENTIONS when paper is not null && Entity(relationship.ToId) is { } entity:
                var properties = relationship.Properties;
                var introduced = introductions.Contains((paper.Id, entity.Id));
                var mention = new Mention(paper, entity, properties.WrittenName ?? entity.Name, properties.Aliases, introduced, properties.Params, properties.ContextWindow, relationship.Evidence, relationship.Id) { Verified = relationship.Verified };
                paper.Mentions.Add(mention);
                entity.Mentions.Add(mention);
                break;
            case RelationshipType.EVALUATED_ON when paper is not null && Entity(relationship.FromId) is { } evaluated && Entity(relationship.ToId) is { } benchmark:
                var evaluation = new Evaluation(relationship.Id, evaluated, benchmark, paper, relationship.Properties.ContextLengths, relationship.Evidence, relationship.Verified);
                evaluated.Evaluations.Add(evaluation);
                benchmark.Evaluations.Add(evaluation);
                paper.Evaluations.Add(evaluation);
                evaluations.Add(evaluation);
                byId[evaluation.Id] = evaluation;
                break;
            case RelationshipType.HAS_CODE when paper is not null && byId.GetValueOrDefault(relationship.ToId) is RepoNode repo:
                var link = new RepoLink(paper, repo, relationship.Evidence);
                paper.Repos.Add(link);
                repo.Links.Add(link);
                break;
            case RelationshipType.OF when results.TryGetValue(relationship.FromId, out var ofResult):
                results[relationship.FromId] = ofResult with { Model = Entity(relationship.ToId) };
                break;
            case RelationshipType.ON when results.TryGetValue(relationship.FromId, out var onResult):
                results[relationship.FromId] = onResult with { Benchmark = Entity(relationship.ToId) };
                break;
        }
    }

    private EntityNode? Entity(string? id) => id is null ? null : byId.GetValueOrDefault(id) as EntityNode;

    private void Index(List<PaperNode> papers, List<EntityNode> entities)
    {
        foreach (var paper in papers)
            papersByTitleKey.TryAdd(NodeIds.NameKey(paper.Title), paper);

        foreach (var entity in entities)
        {
            (byKind.TryGetValue(entity.Kind, out var list) ? list : byKind[entity.Kind] = []).Add(entity);
            entity.NameKeys = entity.Aliases.Append(entity.Name).Select(NodeIds.NameKey).ToHashSet(StringComparer.Ordinal);
            foreach (var key in entity.NameKeys)
                (byNameKey.TryGetValue(key, out var named) ? named : byNameKey[key] = []).Add(entity);
        }

        foreach (var list in byKind.Values)
            list.Sort((a, b) => StringComparer.OrdinalIgnoreCase.Compare(a.Name, b.Name));
    }

    /// <summary>Folds what papers say of an entity into its own properties.</summary>
    private static void Summarise(EntityNode entity, List<string> mergedNames)
    {
        entity.Aliases = [.. entity.Mentions
            .SelectMany(m => m.Aliases.Append(m.WrittenName))
            .Concat(mergedNames)
            .Where(a => !string.Equals(a, entity.Name, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.OrdinalIgnoreCase)];
        entity.Params = entity.Mentions.Where(m => m.Params is not null).GroupBy(m => m.Params).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).Select(g => g.Key).FirstOrDefault();
        entity.ContextWindow = entity.Mentions.Max(m => m.ContextWindow);
    }

    private static string IdOf(object node) => node switch
    {
        PaperNode p => p.Id,
        EntityNode e => e.Id,
        RepoNode r => r.Id,
        _ => throw new ArgumentException("not a node", nameof(node)),
    };
}
