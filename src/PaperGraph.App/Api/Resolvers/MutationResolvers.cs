using FluentValidation;
using PaperGraph.App.Api.Mutations;
using PaperGraph.Extraction.Model;
using PaperGraph.Extraction.Sources;
using PaperGraph.Graph;
using PaperGraph.Graph.Model;
using PaperGraph.GraphQL;

namespace PaperGraph.App.Api.Resolvers;

/// <summary>
/// The fields of <c>Mutation</c>. Each checks the API key first and validates its input whole
/// before writing, so a refused call changes nothing.
/// </summary>
internal static class MutationResolvers
{
    public static SchemaBindings AddMutations(this SchemaBindings bindings) => bindings
        .ResolveAsync("Mutation", "ingest", IngestAsync)
        .ResolveAsync("Mutation", "correctFact", CorrectFactAsync)
        .ResolveAsync("Mutation", "verifyFact", VerifyFactAsync)
        .ResolveAsync("Mutation", "mergeEntities", MergeEntitiesAsync);

    private static async ValueTask<object?> IngestAsync(ResolveContext context)
    {
        var writer = Writer(context);
        var input = new IngestInput([.. Items(context.Arguments["abstracts"]).Select(ToAbstract)]);
        Validate(MutationValidators.Ingest, input, prefix: null);
        var papers = input.Abstracts.Select(ToPaper).ToList();
        var (summary, graph) = await writer.IngestAsync(papers, context.CancellationToken).ConfigureAwait(false);
        var stored = papers.Select(p => graph.FindPaper(NodeIds.Paper(p.ArxivId, p.Title))).OfType<Graph.ReadModel.PaperNode>().ToList();
        return new IngestPayloadView(summary.New, summary.Updated, summary.Unchanged, stored);
    }

    private static async ValueTask<object?> CorrectFactAsync(ResolveContext context)
    {
        var writer = Writer(context);
        var fields = Fields(context.Arguments["input"]);
        var input = new CorrectFactInput(
            (string)fields["id"]!,
            fields.GetValueOrDefault("contextLengths") is IEnumerable<object?> lengths ? [.. lengths.OfType<long>()] : null,
            fields.GetValueOrDefault("value") is { } value ? Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture) : null,
            fields.GetValueOrDefault("unit") as string,
            fields.GetValueOrDefault("metric") as string,
            fields.GetValueOrDefault("parameters") as long?,
            fields.GetValueOrDefault("contextWindow") as long?);
        Validate(MutationValidators.CorrectFact, input, prefix: "input");
        var correction = new FactCorrection(input.Id)
        {
            ContextLengths = input.ContextLengths,
            Value = input.Value,
            Unit = input.Unit,
            Metric = input.Metric,
            Params = input.Parameters,
            ContextWindow = input.ContextWindow,
        };
        var (found, graph) = await Curate(writer, c => c.CorrectFactAsync(correction, context.CancellationToken), "input.", context).ConfigureAwait(false);
        return found ? new FactPayloadView(input.Id, true, graph.FindById(input.Id)) : throw NoFact(input.Id, "input.id");
    }

    private static async ValueTask<object?> VerifyFactAsync(ResolveContext context)
    {
        var writer = Writer(context);
        var id = context.GetArgument<string>("id")!;
        var verified = context.GetArgument<bool>("verified");
        var (found, graph) = await Curate(writer, c => c.VerifyFactAsync(id, verified, context.CancellationToken), "", context).ConfigureAwait(false);
        return found ? new FactPayloadView(id, verified, graph.FindById(id)) : throw NoFact(id, "id");
    }

    private static async ValueTask<object?> MergeEntitiesAsync(ResolveContext context)
    {
        var writer = Writer(context);
        var input = new MergeEntitiesInput(context.GetArgument<string>("keep")!, context.Strings("remove") ?? []);
        Validate(MutationValidators.MergeEntities, input, prefix: null);
        var (moved, graph) = await Curate(writer, c => c.MergeEntitiesAsync(input.Keep, input.Remove, context.CancellationToken), "", context).ConfigureAwait(false);
        var kept = graph.FindById(input.Keep) as Graph.ReadModel.EntityNode ?? throw NoFact(input.Keep, "keep");
        return new MergeEntitiesPayloadView(kept, moved);
    }

    /// <summary>The writer, once the caller has shown the API key.</summary>
    private static ApiWriter Writer(ResolveContext context)
    {
        var api = context.Api();
        if (!api.CanWrite)
            throw new GraphQLException("writes need an API key: send 'Authorization: Bearer <key>' with the key set by PAPERGRAPH_API_KEY", new Dictionary<string, object?> { ["code"] = "UNAUTHENTICATED" });
        return api.Writer ?? throw new GraphQLException("this server has no store to write to", new Dictionary<string, object?> { ["code"] = "NOT_SUPPORTED" });
    }

    private static async Task<(T, Graph.ReadModel.GraphReadModel)> Curate<T>(ApiWriter writer, Func<IGraphCuration, Task<T>> write, string fieldPrefix, ResolveContext context)
    {
        try
        {
            return await writer.CurateAsync(write, context.CancellationToken).ConfigureAwait(false);
        }
        catch (CurationException e)
        {
            throw Arguments.BadInput(e.Message, fieldPrefix + e.Field);
        }
        catch (NotSupportedException e)
        {
            throw new GraphQLException(e.Message, new Dictionary<string, object?> { ["code"] = "NOT_SUPPORTED" });
        }
    }

    /// <summary>Validates the whole input; every failure becomes its own error naming the input field.</summary>
    private static void Validate<T>(IValidator<T> validator, T input, string? prefix)
    {
        var failures = validator.Validate(input).Errors;
        if (failures.Count > 0)
            throw new GraphQLErrorsException([.. failures.Select(f => Arguments.BadInput(f.ErrorMessage, MutationValidators.InputPath(prefix, f.PropertyName)))]);
    }

    private static GraphQLException NoFact(string id, string field) =>
        new($"no fact or entity has the id '{id}'", new Dictionary<string, object?> { ["code"] = "NOT_FOUND", ["field"] = field });

    private static AbstractInput ToAbstract(object? value)
    {
        var fields = Fields(value);
        return new AbstractInput(
            (string)fields["title"]!,
            (string)fields["abstract"]!,
            fields.GetValueOrDefault("id") as string,
            fields.GetValueOrDefault("url") as string,
            fields.GetValueOrDefault("date") as string,
            [.. Items(fields.GetValueOrDefault("authors")).OfType<string>()]);
    }

    private static Paper ToPaper(AbstractInput input) => new(input.Title.Trim(), input.Abstract.Trim())
    {
        ArxivId = ArxivId.Find(input.Id) ?? ArxivId.Find(input.Url),
        Url = input.Url,
        Date = input.Date,
        Authors = input.Authors,
        Origin = new SourceLocation("graphql ingest", null),
    };

    private static IReadOnlyDictionary<string, object?> Fields(object? value) =>
        value as IReadOnlyDictionary<string, object?> ?? throw new InvalidOperationException("the engine passed an input object that is not a dictionary");

    private static IEnumerable<object?> Items(object? value) => value as IEnumerable<object?> ?? [];
}
