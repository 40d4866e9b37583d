using PaperGraph.GraphQL.Execution;
using PaperGraph.GraphQL.Language;
using PaperGraph.GraphQL.Types;

namespace PaperGraph.GraphQL.Utilities;

/// <summary>Tracks the schema types in scope while walking a document (graphql-js TypeInfo).</summary>
public sealed class TypeInfo(GraphQLSchema schema)
{
    private readonly List<GraphQLType?> _typeStack = [];
    private readonly List<GraphQLCompositeType?> _parentTypeStack = [];
    private readonly List<GraphQLType?> _inputTypeStack = [];
    private readonly List<GraphQLField?> _fieldDefStack = [];
    private readonly List<GraphQLArgument?> _defaultValueStack = [];

    /// <summary>The schema.</summary>
    public GraphQLSchema Schema { get; } = schema;

    /// <summary>The output type of the current node.</summary>
    public GraphQLType? Type => Peek(_typeStack);

    /// <summary>The composite type that owns the current selection.</summary>
    public GraphQLCompositeType? ParentType => Peek(_parentTypeStack);

    /// <summary>The expected input type of the current value.</summary>
    public GraphQLType? InputType => Peek(_inputTypeStack);

    /// <summary>The input type enclosing the current value.</summary>
    public GraphQLType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    /// <summary>The current field definition.</summary>
    public GraphQLField? FieldDef => Peek(_fieldDefStack);

    /// <summary>The current directive.</summary>
    public GraphQLDirective? Directive { get; private set; }

    /// <summary>The current argument.</summary>
    public GraphQLArgument? Argument { get; private set; }

    /// <summary>The argument or input field whose default applies to the current value.</summary>
    public GraphQLArgument? DefaultValueOwner => Peek(_defaultValueStack);

    private static T? Peek<T>(List<T?> stack) => stack.Count > 0 ? stack[^1] : default;

    /// <summary>Updates the state on entering a node.</summary>
    public void Enter(ASTNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                _parentTypeStack.Add(Type?.NamedType as GraphQLCompositeType);
                break;
            case FieldNode field:
                var parent = ParentType;
                var fieldDef = parent is null ? null : FindField(parent, field.Name.Value);
                _fieldDefStack.Add(fieldDef);
                _typeStack.Add(fieldDef?.Type is { IsOutputType: true } t ? t : null);
                break;
            case DirectiveNode directive:
                Directive = Schema.GetDirective(directive.Name.Value);
                break;
            case OperationDefinitionNode operation:
                _typeStack.Add(Schema.GetRootType(operation.Operation));
                break;
            case InlineFragmentNode inline:
                _typeStack.Add(inline.TypeCondition is { } condition ? Schema.GetType(condition.Name.Value) is { IsOutputType: true } c ? c : null : Type?.NamedType);
                break;
            case FragmentDefinitionNode fragment:
                _typeStack.Add(Schema.GetType(fragment.TypeCondition.Name.Value) is { IsOutputType: true } f ? f : null);
                break;
            case VariableDefinitionNode variable:
                _inputTypeStack.Add(VariableCoercion.TypeFromAst(Schema, variable.Type) is { IsInputType: true } v ? v : null);
                break;
            case ArgumentNode argument:
                var definitions = Directive?.Arguments ?? FieldDef?.Arguments;
                var argumentDef = definitions?.FirstOrDefault(a => a.Name == argument.Name.Value);
                Argument = argumentDef;
                _defaultValueStack.Add(argumentDef);
                _inputTypeStack.Add(argumentDef?.Type is { IsInputType: true } at ? at : null);
                break;
            case ListValueNode:
                var listType = InputType?.Nullable;
                var itemType = listType is GraphQLList list ? list.OfType : listType;
                _defaultValueStack.Add(null);
                _inputTypeStack.Add(itemType is { IsInputType: true } ? itemType : null);
                break;
            case ObjectFieldNode objectField:
                var objectType = InputType?.NamedType as GraphQLInputObjectType;
                var inputField = objectType?.GetField(objectField.Name.Value);
                _defaultValueStack.Add(inputField);
                _inputTypeStack.Add(inputField?.Type is { IsInputType: true } ft ? ft : null);
                break;
        }
    }

    /// <summary>Restores the state on leaving a node.</summary>
    public void Leave(ASTNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                Pop(_parentTypeStack);
                break;
            case FieldNode:
                Pop(_fieldDefStack);
                Pop(_typeStack);
                break;
            case DirectiveNode:
                Directive = null;
                break;
            case OperationDefinitionNode or InlineFragmentNode or FragmentDefinitionNode:
                Pop(_typeStack);
                break;
            case VariableDefinitionNode:
                Pop(_inputTypeStack);
                break;
            case ArgumentNode:
                Argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case ListValueNode or ObjectFieldNode:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
        }
    }

    private static void Pop<T>(List<T> stack)
    {
        if (stack.Count > 0)
        {
            stack.RemoveAt(stack.Count - 1);
        }
    }

    /// <summary>Finds a field of a composite type, including meta-fields.</summary>
    public GraphQLField? FindField(GraphQLCompositeType parent, string name)
    {
        if (name == "__typename")
        {
            return Introspection.TypeNameField;
        }
        if (ReferenceEquals(parent, Schema.QueryType))
        {
            if (name == "__schema")
            {
                return Introspection.SchemaField;
            }
            if (name == "__type")
            {
                return Introspection.TypeField;
            }
        }
        return (parent as GraphQLFieldsType)?.GetField(name);
    }
}
