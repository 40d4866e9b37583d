namespace PaperGraph.GraphQL.Language;

public sealed partial class Parser
{
    /// <summary>Description : StringValue</summary>
    private StringValueNode? ParseDescription() =>
        _token.Kind is TokenKind.String or TokenKind.BlockString ? ParseStringLiteral() : null;

    /// <summary>SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ }</summary>
    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = _token.Start;
        var description = ParseDescription();
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        var operationTypes = Many(TokenKind.BraceLeft, ParseOperationTypeDefinition, TokenKind.BraceRight);
        return new SchemaDefinitionNode { Description = description, Directives = directives, OperationTypes = operationTypes, Location = Loc(start) };
    }

    /// <summary>RootOperationTypeDefinition : OperationType : NamedType</summary>
    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = _token.Start;
        var operation = ParseOperationType();
        Expect(TokenKind.Colon);
        return new OperationTypeDefinitionNode { Operation = operation, Type = ParseNamedType(), Location = Loc(start) };
    }

    /// <summary>ScalarTypeDefinition : Description? scalar Name Directives[Const]?</summary>
    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = _token.Start;
        var description = ParseDescription();
        ExpectKeyword("scalar");
        var name = ParseName();
        return new ScalarTypeDefinitionNode { Description = description, Name = name, Directives = ParseDirectives(isConst: true), Location = Loc(start) };
    }

    /// <summary>ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</summary>
    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = _token.Start;
        var description = ParseDescription();
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        return new ObjectTypeDefinitionNode { Description = description, Name = name, Interfaces = interfaces, Directives = directives, Fields = ParseFieldsDefinition(), Location = Loc(start) };
    }

    /// <summary>InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</summary>
    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = _token.Start;
        var description = ParseDescription();
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        return new InterfaceTypeDefinitionNode { Description = description, Name = name, Interfaces = interfaces, Directives = directives, Fields = ParseFieldsDefinition(), Location = Loc(start) };
    }

    /// <summary>ImplementsInterfaces : implements &amp;? NamedType | ImplementsInterfaces &amp; NamedType</summary>
    private IReadOnlyList<NamedTypeNode> ParseImplementsInterfaces() =>
        ExpectOptionalKeyword("implements") ? DelimitedMany(TokenKind.Amp, ParseNamedType) : [];

    /// <summary>FieldsDefinition : { FieldDefinition+ }</summary>
    private IReadOnlyList<FieldDefinitionNode> ParseFieldsDefinition() =>
        OptionalMany(TokenKind.BraceLeft, ParseFieldDefinition, TokenKind.BraceRight);

    /// <summary>FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?</summary>
    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = _token.Start;
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        return new FieldDefinitionNode { Description = description, Name = name, Arguments = arguments, Type = type, Directives = ParseDirectives(isConst: true), Location = Loc(start) };
    }

    /// <summary>ArgumentsDefinition : ( InputValueDefinition+ )</summary>
    private IReadOnlyList<InputValueDefinitionNode> ParseArgumentDefinitions() =>
        OptionalMany(TokenKind.ParenLeft, ParseInputValueDefinition, TokenKind.ParenRight);

    /// <summary>InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?</summary>
    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = _token.Start;
        var description = ParseDescription();
        var name = ParseName();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        ValueNode? defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        return new InputValueDefinitionNode { Description = description, Name = name, Type = type, DefaultValue = defaultValue, Directives = ParseDirectives(isConst: true), Location = Loc(start) };
    }

    /// <summary>UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes?</summary>
    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = _token.Start;
        var description = ParseDescription();
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new UnionTypeDefinitionNode { Description = description, Name = name, Directives = directives, Types = ParseUnionMemberTypes(), Location = Loc(start) };
    }

    /// <summary>UnionMemberTypes : = |? NamedType | UnionMemberTypes | NamedType</summary>
    private IReadOnlyList<NamedTypeNode> ParseUnionMemberTypes() =>
        ExpectOptional(TokenKind.Equals) ? DelimitedMany(TokenKind.Pipe, ParseNamedType) : [];

    /// <summary>EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition?</summary>
    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = _token.Start;
        var description = ParseDescription();
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new EnumTypeDefinitionNode { Description = description, Name = name, Directives = directives, Values = ParseEnumValuesDefinition(), Location = Loc(start) };
    }

    /// <summary>EnumValuesDefinition : { EnumValueDefinition+ }</summary>
    private IReadOnlyList<EnumValueDefinitionNode> ParseEnumValuesDefinition() =>
        OptionalMany(TokenKind.BraceLeft, ParseEnumValueDefinition, TokenKind.BraceRight);

    /// <summary>EnumValueDefinition : Description? EnumValue Directives[Const]?</summary>
    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var start = _token.Start;
        var description = ParseDescription();
        if (_token.Kind == TokenKind.Name && _token.Value is "true" or "false" or "null")
        {
            throw Error(_token.Start, $"{Describe(_token)} is reserved and cannot be used for an enum value.");
        }
        var name = ParseName();
        return new EnumValueDefinitionNode { Description = description, Name = name, Directives = ParseDirectives(isConst: true), Location = Loc(start) };
    }

    /// <summary>InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition?</summary>
    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = _token.Start;
        var description = ParseDescription();
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new InputObjectTypeDefinitionNode { Description = description, Name = name, Directives = directives, Fields = ParseInputFieldsDefinition(), Location = Loc(start) };
    }

    /// <summary>InputFieldsDefinition : { InputValueDefinition+ }</summary>
    private IReadOnlyList<InputValueDefinitionNode> ParseInputFieldsDefinition() =>
        OptionalMany(TokenKind.BraceLeft, ParseInputValueDefinition, TokenKind.BraceRight);

    /// <summary>DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations</summary>
    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = _token.Start;
        var description = ParseDescription();
        ExpectKeyword("directive");
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        var repeatable = ExpectOptionalKeyword("repeatable");
        ExpectKeyword("on");
        var locations = DelimitedMany(TokenKind.Pipe, ParseDirectiveLocation);
        return new DirectiveDefinitionNode { Description = description, Name = name, Arguments = arguments, Repeatable = repeatable, Locations = locations, Location = Loc(start) };
    }

    /// <summary>DirectiveLocation : one of the executable or type-system directive locations</summary>
    private NameNode ParseDirectiveLocation()
    {
        var start = _token;
        var name = ParseName();
        if (!Enum.TryParse<DirectiveLocation>(name.Value, ignoreCase: false, out _))
        {
            throw Unexpected(start);
        }
        return name;
    }

    /// <summary>TypeSystemExtension : SchemaExtension | TypeExtension</summary>
    private DefinitionNode ParseTypeSystemExtension()
    {
        var start = _token.Start;
        ExpectKeyword("extend");
        var keyword = _token;
        if (keyword.Kind != TokenKind.Name)
        {
            throw Unexpected(keyword);
        }
        Advance();
        switch (keyword.Value)
        {
            case "schema":
            {
                var directives = ParseDirectives(isConst: true);
                var operationTypes = OptionalMany(TokenKind.BraceLeft, ParseOperationTypeDefinition, TokenKind.BraceRight);
                RequireSomething(directives.Count + operationTypes.Count);
                return new SchemaExtensionNode { Directives = directives, OperationTypes = operationTypes, Location = Loc(start) };
            }
            case "scalar":
            {
                var name = ParseName();
                var directives = ParseDirectives(isConst: true);
                RequireSomething(directives.Count);
                return new ScalarTypeExtensionNode { Name = name, Directives = directives, Location = Loc(start) };
            }
            case "type" or "interface":
            {
                var name = ParseName();
                var interfaces = ParseImplementsInterfaces();
                var directives = ParseDirectives(isConst: true);
                var fields = ParseFieldsDefinition();
                RequireSomething(interfaces.Count + directives.Count + fields.Count);
                return keyword.Value == "type"
                    ? new ObjectTypeExtensionNode { Name = name, Interfaces = interfaces, Directives = directives, Fields = fields, Location = Loc(start) }
                    : new InterfaceTypeExtensionNode { Name = name, Interfaces = interfaces, Directives = directives, Fields = fields, Location = Loc(start) };
            }
            case "union":
            {
                var name = ParseName();
                var directives = ParseDirectives(isConst: true);
                var types = ParseUnionMemberTypes();
                RequireSomething(directives.Count + types.Count);
                return new UnionTypeExtensionNode { Name = name, Directives = directives, Types = types, Location = Loc(start) };
            }
            case "enum":
            {
                var name = ParseName();
                var directives = ParseDirectives(isConst: true);
                var values = ParseEnumValuesDefinition();
                RequireSomething(directives.Count + values.Count);
                return new EnumTypeExtensionNode { Name = name, Directives = directives, Values = values, Location = Loc(start) };
            }
            case "input":
            {
                var name = ParseName();
                var directives = ParseDirectives(isConst: true);
                var fields = ParseInputFieldsDefinition();
                RequireSomething(directives.Count + fields.Count);
                return new InputObjectTypeExtensionNode { Name = name, Directives = directives, Fields = fields, Location = Loc(start) };
            }
            default:
                throw Unexpected(keyword);
        }
    }

    private void RequireSomething(int count)
    {
        if (count == 0)
        {
            throw Unexpected(_token);
        }
    }
}
