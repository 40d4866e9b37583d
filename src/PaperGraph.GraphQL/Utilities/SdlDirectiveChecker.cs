using PaperGraph.GraphQL.Language;
using PaperGraph.GraphQL.Types;

namespace PaperGraph.GraphQL.Utilities;

/// <summary>Checks directives used in SDL: known, allowed at their location, and not repeated unless repeatable.</summary>
internal static class SdlDirectiveChecker
{
    public static IEnumerable<string> Check(DocumentNode document, IReadOnlyList<GraphQLDirective> directives)
    {
        var problems = new List<string>();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode or SchemaExtensionNode:
                    Check((IHasDirectives)definition, DirectiveLocation.SCHEMA);
                    break;
                case ScalarTypeDefinitionNode or ScalarTypeExtensionNode:
                    Check((IHasDirectives)definition, DirectiveLocation.SCALAR);
                    break;
                case FieldsTypeDefinitionNode type:
                    Check(type, type is ObjectTypeDefinitionNode ? DirectiveLocation.OBJECT : DirectiveLocation.INTERFACE);
                    CheckFields(type.Fields);
                    break;
                case FieldsTypeExtensionNode type:
                    Check(type, type is ObjectTypeExtensionNode ? DirectiveLocation.OBJECT : DirectiveLocation.INTERFACE);
                    CheckFields(type.Fields);
                    break;
                case UnionTypeDefinitionNode or UnionTypeExtensionNode:
                    Check((IHasDirectives)definition, DirectiveLocation.UNION);
                    break;
                case EnumTypeDefinitionNode e:
                    Check(e, DirectiveLocation.ENUM);
                    e.Values.ToList().ForEach(v => Check(v, DirectiveLocation.ENUM_VALUE));
                    break;
                case EnumTypeExtensionNode e:
                    Check(e, DirectiveLocation.ENUM);
                    e.Values.ToList().ForEach(v => Check(v, DirectiveLocation.ENUM_VALUE));
                    break;
                case InputObjectTypeDefinitionNode i:
                    Check(i, DirectiveLocation.INPUT_OBJECT);
                    i.Fields.ToList().ForEach(f => Check(f, DirectiveLocation.INPUT_FIELD_DEFINITION));
                    break;
                case InputObjectTypeExtensionNode i:
                    Check(i, DirectiveLocation.INPUT_OBJECT);
                    i.Fields.ToList().ForEach(f => Check(f, DirectiveLocation.INPUT_FIELD_DEFINITION));
                    break;
                case DirectiveDefinitionNode d:
                    d.Arguments.ToList().ForEach(a => Check(a, DirectiveLocation.ARGUMENT_DEFINITION));
                    break;
            }
        }
        return problems;

        void CheckFields(IReadOnlyList<FieldDefinitionNode> fields)
        {
            foreach (var field in fields)
            {
                Check(field, DirectiveLocation.FIELD_DEFINITION);
                field.Arguments.ToList().ForEach(a => Check(a, DirectiveLocation.ARGUMENT_DEFINITION));
            }
        }

        void Check(IHasDirectives node, DirectiveLocation location)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var usage in node.Directives)
            {
                var name = usage.Name.Value;
                var definition = directives.FirstOrDefault(d => d.Name == name);
                if (definition is null)
                {
                    problems.Add($"Unknown directive \"@{name}\".");
                    continue;
                }
                if (!definition.Locations.Contains(location))
                {
                    problems.Add($"Directive \"@{name}\" may not be used on {location}.");
                }
                if (!definition.IsRepeatable && !seen.Add(name))
                {
                    problems.Add($"The directive \"@{name}\" can only be used once at this location.");
                }
            }
        }
    }
}
