using PaperGraph.GraphQL.Language;
using PaperGraph.GraphQL.Types;
using PaperGraph.GraphQL.Utilities;

namespace PaperGraph.GraphQL.Validation;

/// <summary>What a validation rule can see: the schema, the document, the current types, and where to report errors.</summary>
public sealed class ValidationContext
{
    private readonly List<GraphQLError> _errors = [];
    private readonly int _maxErrors;
    private readonly Dictionary<SelectionSetNode, List<FragmentSpreadNode>> _spreads = [];
    private readonly Dictionary<ASTNode, List<FragmentDefinitionNode>> _recursiveFragments = [];
    private readonly Dictionary<ASTNode, List<VariableUsage>> _variableUsages = [];

    internal ValidationContext(GraphQLSchema schema, DocumentNode document, TypeInfo typeInfo, int maxErrors)
    {
        Schema = schema;
        Document = document;
        TypeInfo = typeInfo;
        _maxErrors = maxErrors;
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }
        Fragments = fragments;
    }

    /// <summary>The schema validated against.</summary>
    public GraphQLSchema Schema { get; }

    /// <summary>The document validated.</summary>
    public DocumentNode Document { get; }

    /// <summary>The types in scope at the current node.</summary>
    public TypeInfo TypeInfo { get; }

    /// <summary>The fragments of the document by name (first definition wins).</summary>
    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    /// <summary>The errors reported so far.</summary>
    public IReadOnlyList<GraphQLError> Errors => _errors;

    /// <summary>Reports an error located at the given nodes; stops validation once the error limit is passed.</summary>
    public void ReportError(string message, params ASTNode?[] nodes)
    {
        var locations = nodes.Where(n => n?.Location is not null).Select(n => n!.Location!.StartLocation).ToList();
        _errors.Add(new GraphQLError(message, locations));
        if (_errors.Count >= _maxErrors)
        {
            _errors.Add(new GraphQLError("Too many validation errors, error limit reached. Validation aborted."));
            throw new ValidationAbortedException();
        }
    }

    /// <summary>The fragment spreads directly inside a selection set (through inline fragments, not named ones).</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (_spreads.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }
        var spreads = new List<FragmentSpreadNode>();
        var stack = new Stack<SelectionSetNode>();
        stack.Push(selectionSet);
        while (stack.Count > 0)
        {
            foreach (var selection in stack.Pop().Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread: spreads.Add(spread); break;
                    case InlineFragmentNode inline: stack.Push(inline.SelectionSet); break;
                    case FieldNode { SelectionSet: { } set }: stack.Push(set); break;
                }
            }
        }
        _spreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>Every fragment an operation reaches through spreads, each once.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(ExecutableDefinitionNode operation)
    {
        if (_recursiveFragments.TryGetValue(operation, out var cached))
        {
            return cached;
        }
        var fragments = new List<FragmentDefinitionNode>();
        var collected = new HashSet<string>(StringComparer.Ordinal);
        var toVisit = new Stack<SelectionSetNode>();
        toVisit.Push(operation.SelectionSet);
        while (toVisit.Count > 0)
        {
            foreach (var spread in GetFragmentSpreads(toVisit.Pop()))
            {
                if (collected.Add(spread.Name.Value) && Fragments.TryGetValue(spread.Name.Value, out var fragment))
                {
                    fragments.Add(fragment);
                    toVisit.Push(fragment.SelectionSet);
                }
            }
        }
        _recursiveFragments[operation] = fragments;
        return fragments;
    }

    /// <summary>The variables used directly in a definition, with the input type expected where each is used.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode node)
    {
        if (_variableUsages.TryGetValue(node, out var cached))
        {
            return cached;
        }
        var collector = new VariableUsageCollector(new TypeInfo(Schema));
        Visitor.Visit(node, collector);
        _variableUsages[node] = collector.Usages;
        return collector.Usages;
    }

    /// <summary>The variables an operation uses, including inside the fragments it reaches.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        var usages = new List<VariableUsage>(GetVariableUsages(operation));
        foreach (var fragment in GetRecursivelyReferencedFragments(operation))
        {
            usages.AddRange(GetVariableUsages(fragment));
        }
        return usages;
    }

    private sealed class VariableUsageCollector(TypeInfo typeInfo) : ASTVisitor
    {
        public List<VariableUsage> Usages { get; } = [];

        public override VisitAction Enter(ASTNode node, ASTNode? parent)
        {
            if (node is VariableDefinitionNode)
            {
                return VisitAction.SkipChildren;
            }
            typeInfo.Enter(node);
            if (node is VariableNode variable)
            {
                Usages.Add(new VariableUsage(variable, typeInfo.InputType, typeInfo.DefaultValueOwner));
            }
            return VisitAction.Continue;
        }

        public override void Leave(ASTNode node, ASTNode? parent)
        {
            if (node is not VariableDefinitionNode)
            {
                typeInfo.Leave(node);
            }
        }
    }
}

/// <summary>A use of a variable: where, the type expected there, and the argument or field whose default applies.</summary>
public sealed record VariableUsage(VariableNode Node, GraphQLType? Type, GraphQLArgument? DefaultValueOwner);

/// <summary>Stops validation once the error limit is reached.</summary>
internal sealed class ValidationAbortedException : Exception
{
    public ValidationAbortedException()
    {
    }

    public ValidationAbortedException(string message)
        : base(message)
    {
    }

    public ValidationAbortedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
