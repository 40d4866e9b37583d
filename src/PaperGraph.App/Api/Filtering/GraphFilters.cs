using PaperGraph.Graph.ReadModel;

namespace PaperGraph.App.Api.Filtering;

/// <summary>
/// The <c>where</c> inputs of schema.graphql, one per type, over the read model's nodes. Each
/// field here is a field of the input type of the same name in the schema; relationships
/// filter through the related type's own input, so filters nest as far as the graph goes.
/// References to types declared further down are lambdas, run only after initialisation,
/// hence their <c>!</c>.
/// </summary>
internal static class GraphFilters
{
    public static FilterType<PaperNode> Paper { get; } = new FilterType<PaperNode>("PaperFilterInput")
        .String("id", p => p.Id)
        .String("title", p => p.Title)
        .String("abstract", p => p.Abstract)
        .String("arxivId", p => p.ArxivId)
        .String("url", p => p.Url)
        .String("date", p => p.Date)
        .StringList("authors", p => p.Authors)
        .List("mentions", p => p.Mentions, () => Mention!)
        .List("introduces", p => p.Introduces, () => Entity!)
        .List("repos", p => p.Repos, () => RepoLink!)
        .List("results", p => p.Results, () => Result!)
        .List("evaluations", p => p.Evaluations, () => Evaluation!)
        .List("contextLengths", p => p.ContextLengths, () => ContextLength!);

    public static FilterType<EntityNode> Entity { get; } = Named(new FilterType<EntityNode>("EntityFilterInput"))
        .String("kind", e => EntityKindName(e));

    public static FilterType<EntityNode> Model { get; } = WithFacts(Named(new FilterType<EntityNode>("ModelFilterInput")))
        .Comparable("parameters", e => e.Params)
        .Comparable("contextWindow", e => e.ContextWindow);

    public static FilterType<EntityNode> Benchmark { get; } = WithFacts(Named(new FilterType<EntityNode>("BenchmarkFilterInput")))
        .String("kind", e => EntityKindName(e));

    public static FilterType<EntityNode> Dataset { get; } = Named(new FilterType<EntityNode>("DatasetFilterInput"));

    public static FilterType<EntityNode> Method { get; } = Named(new FilterType<EntityNode>("MethodFilterInput"));

    public static FilterType<RepoNode> Repo { get; } = new FilterType<RepoNode>("RepoFilterInput")
        .String("id", r => r.Id)
        .String("name", r => r.Name)
        .String("url", r => r.Url)
        .List("links", r => r.Links, () => RepoLink!);

    public static FilterType<RepoLink> RepoLink { get; } = new FilterType<RepoLink>("RepoLinkFilterInput")
        .Object("paper", l => l.Paper, () => Paper!)
        .Object("repo", l => l.Repo, () => Repo!);

    public static FilterType<Mention> Mention { get; } = new FilterType<Mention>("MentionFilterInput")
        .String("writtenName", m => m.WrittenName)
        .Boolean("introduced", m => m.Introduced)
        .Comparable("parameters", m => m.Params)
        .Comparable("contextWindow", m => m.ContextWindow)
        .Object("entity", m => m.Entity, () => Entity!)
        .Object("paper", m => m.Paper, () => Paper!);

    public static FilterType<Evaluation> Evaluation { get; } = new FilterType<Evaluation>("EvaluationFilterInput")
        .String("id", e => e.Id)
        .Object("model", e => e.Model, () => Model!)
        .Object("benchmark", e => e.Benchmark, () => Benchmark!)
        .Object("paper", e => e.Paper, () => Paper!)
        .Comparable("contextLength", e => e.ContextLength)
        .ComparableList("contextLengths", e => e.ContextLengths.Select(l => (double)l))
        .Boolean("verified", e => e.Verified);

    public static FilterType<ResultNode> Result { get; } = new FilterType<ResultNode>("ResultFilterInput")
        .String("id", r => r.Id)
        .Comparable("value", r => r.Value)
        .String("unit", r => r.Unit)
        .String("metric", r => r.Metric)
        .String("text", r => r.Text)
        .Object("model", r => r.Model, () => Model!)
        .Object("benchmark", r => r.Benchmark, () => Benchmark!)
        .Object("paper", r => r.Paper, () => Paper!);

    public static FilterType<ContextLengthFact> ContextLength { get; } = new FilterType<ContextLengthFact>("ContextLengthFilterInput")
        .Comparable("tokens", l => l.Tokens)
        .String("text", l => l.Text)
        .Object("subject", l => l.Subject, () => Entity!);

    /// <summary>The GraphQL name of an entity's kind (MODEL, BENCHMARK, ...), as enum filters compare it.</summary>
    public static string EntityKindName(EntityNode entity) => entity.Kind.ToString().ToUpperInvariant();

    /// <summary>The fields every entity input has, with <c>named</c>: alias-aware and spelling-tolerant where <c>eq</c> stays literal.</summary>
    private static FilterType<EntityNode> Named(FilterType<EntityNode> type) => type
        .String("id", e => e.Id)
        .String("name", e => e.Name)
        .StringList("aliases", e => e.Aliases)
        .Custom("named", input => input is string name
            ? e => e.IsNamed(name)
            : throw new FilterException($"{type.Name}.named: needs a name, not null"))
        .List("mentions", e => e.Mentions, () => Mention!)
        .List("introducedBy", e => e.IntroducedBy, () => Paper!);

    private static FilterType<EntityNode> WithFacts(FilterType<EntityNode> type) => type
        .List("evaluations", e => e.Evaluations, () => Evaluation!)
        .List("results", e => e.Results, () => Result!);
}
