using PaperGraph.GraphQL.Language;

namespace PaperGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.6.3 Input Object Field Uniqueness.</summary>
public sealed class UniqueInputFieldNamesRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc/>
    public override VisitAction Enter(ASTNode node, ASTNode? parent)
    {
        if (node is ObjectValueNode value)
        {
            var seen = new Dictionary<string, NameNode>(StringComparer.Ordinal);
            foreach (var field in value.Fields)
            {
                if (seen.TryGetValue(field.Name.Value, out var first))
                {
                    Context.ReportError($"There can be only one input field named \"{field.Name.Value}\".", first, field.Name);
                }
                else
                {
                    seen[field.Name.Value] = field.Name;
                }
            }
        }
        return VisitAction.Continue;
    }
}
