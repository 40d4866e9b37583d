namespace PaperGraph.GraphQL.Language;

/// <summary>
/// Parses GraphQL documents (spec section 2 and the type-system grammar of section 3) into an AST.
/// Each method is named after the grammar production it reads.
/// </summary>
public sealed partial class Parser
{
    private readonly Lexer _lexer;
    private readonly ParserOptions _options;
    private Token _token;
    private int _lastEnd;
    private int _tokenCount;
    private int _depth;

    private Parser(string text, ParserOptions? options)
    {
        _lexer = new Lexer(new Source(text));
        _options = options ?? ParserOptions.Default;
        _token = new Token(TokenKind.StartOfFile, 0, 0, null);
        Advance();
    }

    /// <summary>Parses a whole document; throws <see cref="GraphQLSyntaxException"/> on bad syntax.</summary>
    public static DocumentNode Parse(string text, ParserOptions? options = null) => new Parser(text, options).ParseDocument();

    /// <summary>Parses a single value literal, such as <c>[1, {a: "b"}]</c>.</summary>
    public static ValueNode ParseValue(string text, ParserOptions? options = null)
    {
        var parser = new Parser(text, options);
        var value = parser.ParseValueLiteral(isConst: false);
        parser.Expect(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses a type reference, such as <c>[String!]</c>.</summary>
    public static TypeNode ParseType(string text, ParserOptions? options = null)
    {
        var parser = new Parser(text, options);
        var type = parser.ParseTypeReference();
        parser.Expect(TokenKind.EndOfFile);
        return type;
    }

    private Source Source => _lexer.Source;

    /// <summary>Document : Definition+</summary>
    private DocumentNode ParseDocument()
    {
        var start = _token.Start;
        var definitions = new List<DefinitionNode>();
        do
        {
            definitions.Add(ParseDefinition());
        }
        while (_token.Kind != TokenKind.EndOfFile);
        return new DocumentNode { Definitions = definitions, Location = Loc(start) };
    }

    /// <summary>Definition : ExecutableDefinition | TypeSystemDefinition | TypeSystemExtension</summary>
    private DefinitionNode ParseDefinition()
    {
        if (_token.Kind == TokenKind.BraceLeft)
        {
            return ParseOperationDefinition();
        }
        var hasDescription = _token.Kind is TokenKind.String or TokenKind.BlockString;
        var keywordToken = hasDescription ? PeekAfterDescription() : _token;
        if (keywordToken.Kind == TokenKind.Name)
        {
            switch (keywordToken.Value)
            {
                case "schema": return ParseSchemaDefinition();
                case "scalar": return ParseScalarTypeDefinition();
                case "type": return ParseObjectTypeDefinition();
                case "interface": return ParseInterfaceTypeDefinition();
                case "union": return ParseUnionTypeDefinition();
                case "enum": return ParseEnumTypeDefinition();
                case "input": return ParseInputObjectTypeDefinition();
                case "directive": return ParseDirectiveDefinition();
            }
            if (hasDescription)
            {
                throw Error(_token.Start, "Unexpected description, descriptions are supported only on type definitions.");
            }
            switch (keywordToken.Value)
            {
                case "query" or "mutation" or "subscription": return ParseOperationDefinition();
                case "fragment": return ParseFragmentDefinition();
                case "extend": return ParseTypeSystemExtension();
            }
        }
        throw Unexpected(keywordToken);
    }

    /// <summary>OperationDefinition : SelectionSet | OperationType Name? VariableDefinitions? Directives? SelectionSet</summary>
    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = _token.Start;
        if (_token.Kind == TokenKind.BraceLeft)
        {
            var selectionSet = ParseSelectionSet();
            return new OperationDefinitionNode { Operation = OperationType.Query, SelectionSet = selectionSet, Location = Loc(start) };
        }
        var operation = ParseOperationType();
        NameNode? name = _token.Kind == TokenKind.Name ? ParseName() : null;
        return new OperationDefinitionNode
        {
            Operation = operation,
            Name = name,
            VariableDefinitions = ParseVariableDefinitions(),
            Directives = ParseDirectives(isConst: false),
            SelectionSet = ParseSelectionSet(),
            Location = Loc(start),
        };
    }

    /// <summary>OperationType : one of query mutation subscription</summary>
    private OperationType ParseOperationType()
    {
        var token = ExpectToken(TokenKind.Name);
        return token.Value switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(token),
        };
    }

    /// <summary>VariableDefinitions : ( VariableDefinition+ )</summary>
    private IReadOnlyList<VariableDefinitionNode> ParseVariableDefinitions() =>
        OptionalMany(TokenKind.ParenLeft, ParseVariableDefinition, TokenKind.ParenRight);

    /// <summary>VariableDefinition : Variable : Type DefaultValue? Directives[Const]?</summary>
    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = _token.Start;
        var variable = ParseVariable();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        ValueNode? defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        return new VariableDefinitionNode
        {
            Variable = variable,
            Type = type,
            DefaultValue = defaultValue,
            Directives = ParseDirectives(isConst: true),
            Location = Loc(start),
        };
    }

    /// <summary>Variable : $ Name</summary>
    private VariableNode ParseVariable()
    {
        var start = _token.Start;
        Expect(TokenKind.Dollar);
        return new VariableNode { Name = ParseName(), Location = Loc(start) };
    }

    /// <summary>SelectionSet : { Selection+ }</summary>
    private SelectionSetNode ParseSelectionSet()
    {
        var start = _token.Start;
        EnterNesting();
        var selections = Many(TokenKind.BraceLeft, ParseSelection, TokenKind.BraceRight);
        _depth--;
        return new SelectionSetNode { Selections = selections, Location = Loc(start) };
    }

    /// <summary>Selection : Field | FragmentSpread | InlineFragment</summary>
    private SelectionNode ParseSelection() => _token.Kind == TokenKind.Spread ? ParseFragment() : ParseField();

    /// <summary>Field : Alias? Name Arguments? Directives? SelectionSet?</summary>
    private FieldNode ParseField()
    {
        var start = _token.Start;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (ExpectOptional(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }
        return new FieldNode
        {
            Alias = alias,
            Name = name,
            Arguments = ParseArguments(isConst: false),
            Directives = ParseDirectives(isConst: false),
            SelectionSet = _token.Kind == TokenKind.BraceLeft ? ParseSelectionSet() : null,
            Location = Loc(start),
        };
    }

    /// <summary>Arguments[Const] : ( Argument[?Const]+ )</summary>
    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst) =>
        OptionalMany(TokenKind.ParenLeft, () => ParseArgument(isConst), TokenKind.ParenRight);

    /// <summary>Argument[Const] : Name : Value[?Const]</summary>
    private ArgumentNode ParseArgument(bool isConst)
    {
        var start = _token.Start;
        var name = ParseName();
        Expect(TokenKind.Colon);
        return new ArgumentNode { Name = name, Value = ParseValueLiteral(isConst), Location = Loc(start) };
    }

    /// <summary>FragmentSpread : ... FragmentName Directives? ; InlineFragment : ... TypeCondition? Directives? SelectionSet</summary>
    private SelectionNode ParseFragment()
    {
        var start = _token.Start;
        Expect(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && _token.Kind == TokenKind.Name)
        {
            return new FragmentSpreadNode { Name = ParseFragmentName(), Directives = ParseDirectives(isConst: false), Location = Loc(start) };
        }
        return new InlineFragmentNode
        {
            TypeCondition = hasTypeCondition ? ParseNamedType() : null,
            Directives = ParseDirectives(isConst: false),
            SelectionSet = ParseSelectionSet(),
            Location = Loc(start),
        };
    }

    /// <summary>FragmentDefinition : fragment FragmentName TypeCondition Directives? SelectionSet</summary>
    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = _token.Start;
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        return new FragmentDefinitionNode
        {
            Name = name,
            TypeCondition = ParseNamedType(),
            Directives = ParseDirectives(isConst: false),
            SelectionSet = ParseSelectionSet(),
            Location = Loc(start),
        };
    }

    /// <summary>FragmentName : Name but not <c>on</c></summary>
    private NameNode ParseFragmentName()
    {
        if (_token.Kind == TokenKind.Name && _token.Value == "on")
        {
            throw Unexpected(_token);
        }
        return ParseName();
    }

    /// <summary>Directives[Const] : Directive[?Const]+</summary>
    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (_token.Kind != TokenKind.At)
        {
            return [];
        }
        var directives = new List<DirectiveNode>();
        while (_token.Kind == TokenKind.At)
        {
            var start = _token.Start;
            Advance();
            var name = ParseName();
            directives.Add(new DirectiveNode { Name = name, Arguments = ParseArguments(isConst), Location = Loc(start) });
        }
        return directives;
    }

    /// <summary>Type : NamedType | ListType | NonNullType</summary>
    private TypeNode ParseTypeReference()
    {
        var start = _token.Start;
        TypeNode type;
        if (ExpectOptional(TokenKind.BracketLeft))
        {
            EnterNesting();
            var inner = ParseTypeReference();
            _depth--;
            Expect(TokenKind.BracketRight);
            type = new ListTypeNode { Type = inner, Location = Loc(start) };
        }
        else
        {
            type = ParseNamedType();
        }
        return ExpectOptional(TokenKind.Bang) ? new NonNullTypeNode { Type = type, Location = Loc(start) } : type;
    }

    /// <summary>NamedType : Name</summary>
    private NamedTypeNode ParseNamedType()
    {
        var start = _token.Start;
        return new NamedTypeNode { Name = ParseName(), Location = Loc(start) };
    }

    /// <summary>Name : /[_A-Za-z][_0-9A-Za-z]*/</summary>
    private NameNode ParseName()
    {
        var token = ExpectToken(TokenKind.Name);
        return new NameNode { Value = token.Value!, Location = new Location(token.Start, token.End, Source) };
    }
}
