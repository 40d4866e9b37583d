using PaperGraph.GraphQL.Language;
using PaperGraph.GraphQL.Utilities;

namespace PaperGraph.GraphQL.Validation;

/// <summary>Runs validation rules over a document in one pass (graphql-js validate), stopping at an error limit.</summary>
public static class DocumentValidator
{
    /// <summary>Validates with the specified rules plus any extra ones; returns the errors (empty when valid).</summary>
    public static IReadOnlyList<GraphQLError> Validate(GraphQLSchema schema, DocumentNode document, IEnumerable<Func<ValidationContext, ASTVisitor>>? extraRules = null, int maxErrors = 100)
    {
        var typeInfo = new TypeInfo(schema);
        var context = new ValidationContext(schema, document, typeInfo, maxErrors);
        var rules = SpecifiedRules.All.Concat(extraRules ?? []).Select(rule => rule(context)).ToArray();
        try
        {
            Visitor.Visit(document, new ParallelVisitor(typeInfo, rules));
        }
        catch (ValidationAbortedException)
        {
            // The context already recorded the "too many errors" error.
        }
        return context.Errors;
    }

    /// <summary>Calls every rule at each node, keeping the type info current and honouring each rule's skips.</summary>
    private sealed class ParallelVisitor(TypeInfo typeInfo, ASTVisitor[] rules) : ASTVisitor
    {
        private readonly ASTNode?[] _skipping = new ASTNode?[rules.Length];

        public override VisitAction Enter(ASTNode node, ASTNode? parent)
        {
            typeInfo.Enter(node);
            for (var i = 0; i < rules.Length; i++)
            {
                if (_skipping[i] is null && rules[i].Enter(node, parent) == VisitAction.SkipChildren)
                {
                    _skipping[i] = node;
                }
            }
            return VisitAction.Continue;
        }

        public override void Leave(ASTNode node, ASTNode? parent)
        {
            for (var i = 0; i < rules.Length; i++)
            {
                if (_skipping[i] is null)
                {
                    rules[i].Leave(node, parent);
                }
                else if (ReferenceEquals(_skipping[i], node))
                {
                    _skipping[i] = null;
                }
            }
            typeInfo.Leave(node);
        }
    }
}
