namespace PaperGraph.GraphQL.Language;

/// <summary>Walks an AST depth-first in graphql-js key order (names are not visited as nodes).</summary>
public static class Visitor
{
    /// <summary>Visits <paramref name="root"/> and everything below it.</summary>
    public static void Visit(ASTNode root, ASTVisitor visitor) => Walk(root, null, visitor);

    private static void Walk(ASTNode node, ASTNode? parent, ASTVisitor visitor)
    {
        if (visitor.Enter(node, parent) == VisitAction.Continue)
        {
            WalkChildren(node, visitor);
        }
        visitor.Leave(node, parent);
    }

    private static void All<T>(IReadOnlyList<T> nodes, ASTNode parent, ASTVisitor visitor)
        where T : ASTNode
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            Walk(nodes[i], parent, visitor);
        }
    }

    private static void One(ASTNode? node, ASTNode parent, ASTVisitor visitor)
    {
        if (node is not null)
        {
            Walk(node, parent, visitor);
        }
    }

    private static void WalkChildren(ASTNode node, ASTVisitor visitor)
    {
        switch (node)
        {
            case DocumentNode d:
                All(d.Definitions, d, visitor);
                break;
            case OperationDefinitionNode o:
                All(o.VariableDefinitions, o, visitor);
                All(o.Directives, o, visitor);
                Walk(o.SelectionSet, o, visitor);
                break;
            case VariableDefinitionNode v:
                Walk(v.Variable, v, visitor);
                Walk(v.Type, v, visitor);
                One(v.DefaultValue, v, visitor);
                All(v.Directives, v, visitor);
                break;
            case SelectionSetNode s:
                All(s.Selections, s, visitor);
                break;
            case FieldNode f:
                All(f.Arguments, f, visitor);
                All(f.Directives, f, visitor);
                One(f.SelectionSet, f, visitor);
                break;
            case ArgumentNode a:
                Walk(a.Value, a, visitor);
                break;
            case FragmentSpreadNode s:
                All(s.Directives, s, visitor);
                break;
            case InlineFragmentNode i:
                One(i.TypeCondition, i, visitor);
                All(i.Directives, i, visitor);
                Walk(i.SelectionSet, i, visitor);
                break;
            case FragmentDefinitionNode f:
                Walk(f.TypeCondition, f, visitor);
                All(f.Directives, f, visitor);
                Walk(f.SelectionSet, f, visitor);
                break;
            case ListValueNode l:
                All(l.Values, l, visitor);
                break;
            case ObjectValueNode o:
                All(o.Fields, o, visitor);
                break;
            case ObjectFieldNode f:
                Walk(f.Value, f, visitor);
                break;
            case DirectiveNode d:
                All(d.Arguments, d, visitor);
                break;
            case ListTypeNode l:
                Walk(l.Type, l, visitor);
                break;
            case NonNullTypeNode n:
                Walk(n.Type, n, visitor);
                break;
            default:
                WalkTypeSystemChildren(node, visitor);
                break;
        }
    }

    private static void WalkTypeSystemChildren(ASTNode node, ASTVisitor visitor)
    {
        if (node is IHasDirectives withDirectives && node is not (FieldDefinitionNode or InputValueDefinitionNode or EnumValueDefinitionNode))
        {
            All(withDirectives.Directives, node, visitor);
        }
        switch (node)
        {
            case SchemaDefinitionNode s:
                All(s.OperationTypes, s, visitor);
                break;
            case SchemaExtensionNode s:
                All(s.OperationTypes, s, visitor);
                break;
            case OperationTypeDefinitionNode o:
                Walk(o.Type, o, visitor);
                break;
            case FieldsTypeDefinitionNode t:
                All(t.Interfaces, t, visitor);
                All(t.Fields, t, visitor);
                break;
            case FieldsTypeExtensionNode t:
                All(t.Interfaces, t, visitor);
                All(t.Fields, t, visitor);
                break;
            case UnionTypeDefinitionNode u:
                All(u.Types, u, visitor);
                break;
            case UnionTypeExtensionNode u:
                All(u.Types, u, visitor);
                break;
            case EnumTypeDefinitionNode e:
                All(e.Values, e, visitor);
                break;
            case EnumTypeExtensionNode e:
                All(e.Values, e, visitor);
                break;
            case InputObjectTypeDefinitionNode i:
                All(i.Fields, i, visitor);
                break;
            case InputObjectTypeExtensionNode i:
                All(i.Fields, i, visitor);
                break;
            case DirectiveDefinitionNode d:
                All(d.Arguments, d, visitor);
                break;
            case FieldDefinitionNode f:
                All(f.Arguments, f, visitor);
                Walk(f.Type, f, visitor);
                All(f.Directives, f, visitor);
                break;
            case InputValueDefinitionNode i:
                Walk(i.Type, i, visitor);
                One(i.DefaultValue, i, visitor);
                All(i.Directives, i, visitor);
                break;
            case EnumValueDefinitionNode e:
                All(e.Directives, e, visitor);
                break;
        }
    }
}
