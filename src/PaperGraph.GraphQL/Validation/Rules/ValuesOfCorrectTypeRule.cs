using PaperGraph.GraphQL.Language;
using PaperGraph.GraphQL.Types;

namespace PaperGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.6.1 Values of Correct Type, including required input fields and @oneOf.</summary>
public sealed class ValuesOfCorrectTypeRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc/>
    public override VisitAction Enter(ASTNode node, ASTNode? parent)
    {
        switch (node)
        {
            case ListValueNode list:
                if (Context.TypeInfo.ParentInputType?.Nullable is not GraphQLList)
                {
                    CheckLeaf(list);
                    return VisitAction.SkipChildren;
                }
                break;
            case ObjectValueNode obj:
                if (Context.TypeInfo.InputType?.NamedType is not GraphQLInputObjectType input)
                {
                    CheckLeaf(obj);
                    return VisitAction.SkipChildren;
                }
                foreach (var field in input.Fields)
                {
                    if (field.IsRequired && obj.Fields.All(f => f.Name.Value != field.Name))
                    {
                        Context.ReportError($"Field \"{input.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.", obj);
                    }
                }
                if (input.IsOneOf)
                {
                    CheckOneOf(obj, input);
                }
                break;
            case ObjectFieldNode objectField:
                if (Context.TypeInfo.InputType is null && Context.TypeInfo.ParentInputType?.NamedType is GraphQLInputObjectType parentInput)
                {
                    Context.ReportError($"Field \"{objectField.Name.Value}\" is not defined by type \"{parentInput.Name}\".", objectField);
                }
                break;
            case NullValueNode nullValue:
                if (Context.TypeInfo.InputType is GraphQLNonNull nonNull)
                {
                    Context.ReportError($"Expected value of type \"{nonNull}\", found null.", nullValue);
                }
                break;
            case EnumValueNode or IntValueNode or FloatValueNode or StringValueNode or BooleanValueNode:
                CheckLeaf((ValueNode)node);
                break;
        }
        return VisitAction.Continue;
    }

    private void CheckOneOf(ObjectValueNode obj, GraphQLInputObjectType input)
    {
        if (obj.Fields.Count != 1)
        {
            Context.ReportError($"OneOf Input Object \"{input.Name}\" must specify exactly one key.", obj);
            return;
        }
        var value = obj.Fields[0].Value;
        if (value is NullValueNode)
        {
            Context.ReportError($"Field \"{input.Name}.{obj.Fields[0].Name.Value}\" must be non-null.", obj);
        }
    }

    /// <summary>Checks a literal against a leaf type by parsing it, as graphql-js isValidValueNode does.</summary>
    private void CheckLeaf(ValueNode node)
    {
        var locationType = Context.TypeInfo.InputType;
        if (locationType is null)
        {
            return;
        }
        var type = locationType.NamedType;
        var printed = Printer.Print(node);
        switch (type)
        {
            case GraphQLEnumType enumType:
                if (node is not EnumValueNode e || enumType.GetValue(e.Value) is null)
                {
                    Context.ReportError($"Value \"{(node as EnumValueNode)?.Value ?? printed}\" does not exist in \"{enumType.Name}\" enum.", node);
                }
                return;
            case GraphQLScalarType scalar:
                try
                {
                    if (scalar.ParseLiteral(node, null) is null && node is not NullValueNode)
                    {
                        Context.ReportError($"Expected value of type \"{locationType}\", found {printed}.", node);
                    }
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    Context.ReportError($"Expected value of type \"{locationType}\", found {printed}; {ex.Message}", node);
                }
                return;
            default:
                Context.ReportError($"Expected value of type \"{locationType}\", found {printed}.", node);
                return;
        }
    }
}
