using PaperGraph.GraphQL.Language;
using PaperGraph.GraphQL.Types;

namespace PaperGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.3.3 Leaf Field Selections.</summary>
public sealed class ScalarLeafsRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc/>
    public override VisitAction Enter(ASTNode node, ASTNode? parent)
    {
        if (node is not FieldNode field || Context.TypeInfo.Type is not { } type)
        {
            return VisitAction.Continue;
        }
        var named = type.NamedType;
        if (named is GraphQLScalarType or GraphQLEnumType)
        {
            if (field.SelectionSet is not null)
            {
                Context.ReportError($"Field \"{field.Name.Value}\" must not have a selection since type \"{type}\" has no subfields.", field.SelectionSet);
            }
        }
        else if (field.SelectionSet is null)
        {
            Context.ReportError($"Field \"{field.Name.Value}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{field.Name.Value} {{ ... }}\"?", field);
        }
        return VisitAction.Continue;
    }
}
