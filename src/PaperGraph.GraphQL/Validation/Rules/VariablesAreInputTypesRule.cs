using PaperGraph.GraphQL.Execution;
using PaperGraph.GraphQL.Language;

namespace PaperGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.2 Variables Are Input Types.</summary>
public sealed class VariablesAreInputTypesRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc/>
    public override VisitAction Enter(ASTNode node, ASTNode? parent)
    {
        if (node is VariableDefinitionNode definition && VariableCoercion.TypeFromAst(Context.Schema, definition.Type) is { IsInputType: false })
        {
            Context.ReportError($"Variable \"${definition.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(definition.Type)}\".", definition.Type);
        }
        return VisitAction.Continue;
    }
}
