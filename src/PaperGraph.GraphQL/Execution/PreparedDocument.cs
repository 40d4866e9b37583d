using System.Collections.Concurrent;
using PaperGraph.GraphQL.Language;
using PaperGraph.GraphQL.Types;

namespace PaperGraph.GraphQL.Execution;

/// <summary>A parsed and validated document with its fragments and cached root plans, shared by requests.</summary>
internal sealed class PreparedDocument
{
    private readonly ConcurrentDictionary<OperationDefinitionNode, FieldPlan[]> _rootPlans = new();
    private readonly OperationDefinitionNode? _firstOperation;
    private FieldPlan[]? _firstPlans;

    public PreparedDocument(DocumentNode? document, IReadOnlyList<GraphQLError> errors)
    {
        Document = document;
        Errors = errors;
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        var operations = new List<OperationDefinitionNode>();
        if (document is not null)
        {
            foreach (var definition in document.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment)
                {
                    fragments.TryAdd(fragment.Name.Value, fragment);
                }
                else if (definition is OperationDefinitionNode operation)
                {
                    operations.Add(operation);
                }
            }
        }
        Fragments = fragments;
        Operations = operations;
        _firstOperation = operations.Count > 0 ? operations[0] : null;
    }

    public DocumentNode? Document { get; }

    /// <summary>Syntax or validation errors; empty when the document can run.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    public IReadOnlyList<OperationDefinitionNode> Operations { get; }

    public FieldPlan[] GetRootPlans(ExecutionState state, OperationDefinitionNode operation, GraphQLObjectType rootType)
    {
        if (ReferenceEquals(operation, _firstOperation) && _firstPlans is { } first)
        {
            return first;
        }
        if (_rootPlans.TryGetValue(operation, out var cached))
        {
            return cached;
        }
        var (plans, cacheable) = PlanBuilder.BuildRoot(state, rootType, operation.SelectionSet);
        if (cacheable)
        {
            _rootPlans[operation] = plans;
            if (ReferenceEquals(operation, _firstOperation))
            {
                _firstPlans = plans;
            }
        }
        return plans;
    }
}
