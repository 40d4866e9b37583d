using PaperGraph.App.Api.Resolvers;
using PaperGraph.GraphQL;
using PaperGraph.GraphQL.Validation;

namespace PaperGraph.App.Api.Schema;

/// <summary>
/// The GraphQL schema of the API: schema.graphql (the contract, embedded from the repository
/// root) with the resolvers bound to it, and the engine with the server's limits.
/// </summary>
internal static class ApiSchema
{
    private static readonly Lazy<string> Sdl = new(() =>
    {
        using var stream = typeof(ApiSchema).Assembly.GetManifestResourceStream("schema.graphql")
            ?? throw new InvalidOperationException("schema.graphql is not embedded in the program");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>The schema file's text.</summary>
    public static string Text => Sdl.Value;

    /// <summary>The executable schema.</summary>
    public static GraphQLSchema Build() => BuildSchema.FromSdl(Text, new SchemaBindings()
        .Scalar("TokenCount", Scalars.TokenCount)
        .Scalar("Long", Scalars.Long)
        .AddQuery()
        .AddTypes()
        .AddMutations());

    /// <summary>An engine over <paramref name="schema"/> with the limits given.</summary>
    public static GraphQLEngine Engine(GraphQLSchema schema, ApiLimits limits) => new(schema, new GraphQLEngineOptions
    {
        ExtraRules =
        [
            MaxDepthRule.Create(limits.MaxDepth),
            CostRule.Create(new CostRuleOptions { MaxCost = limits.MaxCost, DefaultListSize = limits.ListSizeEstimate }),
        ],
        ExecutionTimeout = limits.ExecutionTimeout,
    });
}

/// <summary>The limits every GraphQL request is held to.</summary>
internal sealed record ApiLimits(int MaxDepth, int MaxCost, int ListSizeEstimate, TimeSpan ExecutionTimeout);
