using PaperGraph.GraphQL.Execution;
using PaperGraph.GraphQL.Language;
using PaperGraph.GraphQL.Types;

namespace PaperGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.5 All Variable Usages Are Allowed.</summary>
public sealed class VariablesInAllowedPositionRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc/>
    public override VisitAction Enter(ASTNode node, ASTNode? parent)
    {
        if (node is OperationDefinitionNode operation)
        {
            var definitions = new Dictionary<string, VariableDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in operation.VariableDefinitions)
            {
                definitions.TryAdd(definition.Variable.Name.Value, definition);
            }
            foreach (var usage in Context.GetRecursiveVariableUsages(operation))
            {
                if (usage.Type is null || !definitions.TryGetValue(usage.Node.Name.Value, out var definition))
                {
                    continue;
                }
                var variableType = VariableCoercion.TypeFromAst(Context.Schema, definition.Type);
                if (variableType is not null && !IsAllowed(variableType, definition.DefaultValue, usage.Type, usage.DefaultValueOwner))
                {
                    Context.ReportError($"Variable \"${usage.Node.Name.Value}\" of type \"{variableType}\" used in position expecting type \"{usage.Type}\".", definition, usage.Node);
                }
            }
        }
        return node is DocumentNode ? VisitAction.Continue : VisitAction.SkipChildren;
    }

    private bool IsAllowed(GraphQLType variableType, ValueNode? variableDefault, GraphQLType locationType, GraphQLArgument? locationDefaultOwner)
    {
        if (locationType is GraphQLNonNull locationNonNull && variableType is not GraphQLNonNull)
        {
            var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
            var hasLocationDefault = locationDefaultOwner?.HasDefaultValue == true;
            if (!hasNonNullVariableDefault && !hasLocationDefault)
            {
                return false;
            }
            return TypeComparators.IsTypeSubTypeOf(Context.Schema, variableType, locationNonNull.OfType);
        }
        return TypeComparators.IsTypeSubTypeOf(Context.Schema, variableType, locationType);
    }
}
