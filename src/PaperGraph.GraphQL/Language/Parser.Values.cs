using System.Globalization;

namespace PaperGraph.GraphQL.Language;

public sealed partial class Parser
{
    /// <summary>Value[Const] : Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue | EnumValue | ListValue | ObjectValue</summary>
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var token = _token;
        var start = token.Start;
        switch (token.Kind)
        {
            case TokenKind.BracketLeft:
                EnterNesting();
                var values = Any(TokenKind.BracketLeft, () => ParseValueLiteral(isConst), TokenKind.BracketRight);
                _depth--;
                return new ListValueNode { Values = values, Location = Loc(start) };
            case TokenKind.BraceLeft:
                EnterNesting();
                var fields = Any(TokenKind.BraceLeft, () => ParseObjectField(isConst), TokenKind.BraceRight);
                _depth--;
                return new ObjectValueNode { Fields = fields, Location = Loc(start) };
            case TokenKind.Int:
                Advance();
                return new IntValueNode { Value = token.Value!, Location = Loc(start) };
            case TokenKind.Float:
                Advance();
                return new FloatValueNode { Value = token.Value!, Location = Loc(start) };
            case TokenKind.String or TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                Advance();
                return token.Value switch
                {
                    "true" => new BooleanValueNode { Value = true, Location = Loc(start) },
                    "false" => new BooleanValueNode { Value = false, Location = Loc(start) },
                    "null" => new NullValueNode { Location = Loc(start) },
                    _ => new EnumValueNode { Value = token.Value!, Location = Loc(start) },
                };
            case TokenKind.Dollar:
                if (isConst)
                {
                    Advance();
                    if (_token.Kind == TokenKind.Name)
                    {
                        throw Error(token.Start, $"Unexpected variable \"${_token.Value}\" in constant value.");
                    }
                    throw Unexpected(token);
                }
                return ParseVariable();
            default:
                throw Unexpected(token);
        }
    }

    /// <summary>ObjectField[Const] : Name : Value[?Const]</summary>
    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        var start = _token.Start;
        var name = ParseName();
        Expect(TokenKind.Colon);
        return new ObjectFieldNode { Name = name, Value = ParseValueLiteral(isConst), Location = Loc(start) };
    }

    /// <summary>StringValue : " StringCharacter* " | """ BlockStringCharacter* """</summary>
    private StringValueNode ParseStringLiteral()
    {
        var token = _token;
        Advance();
        return new StringValueNode { Value = token.Value!, Block = token.Kind == TokenKind.BlockString, Location = Loc(token.Start) };
    }

    private void Advance()
    {
        _lastEnd = _token.End;
        if (_token.Kind == TokenKind.EndOfFile)
        {
            return;
        }
        _token = _lexer.Next();
        if (_token.Kind != TokenKind.EndOfFile && ++_tokenCount > _options.MaxTokens)
        {
            throw Error(_token.Start, $"Document contains more than {_options.MaxTokens.ToString(CultureInfo.InvariantCulture)} tokens. Parsing aborted.");
        }
    }

    private void EnterNesting()
    {
        if (++_depth > _options.MaxDepth)
        {
            throw Error(_token.Start, $"Document nesting exceeds the maximum depth of {_options.MaxDepth.ToString(CultureInfo.InvariantCulture)}.");
        }
    }

    private Location Loc(int start) => new(start, _lastEnd, Source);

    /// <summary>Looks at the token after a description without consuming anything.</summary>
    private Token PeekAfterDescription()
    {
        var probe = new Lexer(Source);
        probe.Seek(_token.End);
        return probe.Next();
    }

    private void Expect(TokenKind kind) => ExpectToken(kind);

    private Token ExpectToken(TokenKind kind)
    {
        var token = _token;
        if (token.Kind != kind)
        {
            throw Error(token.Start, $"Expected {TokenKindText.Describe(kind)}, found {Describe(token)}.");
        }
        Advance();
        return token;
    }

    private bool ExpectOptional(TokenKind kind)
    {
        if (_token.Kind != kind)
        {
            return false;
        }
        Advance();
        return true;
    }

    private void ExpectKeyword(string keyword)
    {
        if (!ExpectOptionalKeyword(keyword))
        {
            throw Error(_token.Start, $"Expected \"{keyword}\", found {Describe(_token)}.");
        }
    }

    private bool ExpectOptionalKeyword(string keyword)
    {
        if (_token.Kind != TokenKind.Name || _token.Value != keyword)
        {
            return false;
        }
        Advance();
        return true;
    }

    private List<T> Any<T>(TokenKind open, Func<T> parse, TokenKind close)
    {
        Expect(open);
        var nodes = new List<T>();
        while (!ExpectOptional(close))
        {
            nodes.Add(parse());
        }
        return nodes;
    }

    private IReadOnlyList<T> OptionalMany<T>(TokenKind open, Func<T> parse, TokenKind close) =>
        _token.Kind == open ? Many(open, parse, close) : [];

    private List<T> Many<T>(TokenKind open, Func<T> parse, TokenKind close)
    {
        Expect(open);
        var nodes = new List<T>();
        do
        {
            nodes.Add(parse());
        }
        while (!ExpectOptional(close));
        return nodes;
    }

    private List<T> DelimitedMany<T>(TokenKind delimiter, Func<T> parse)
    {
        ExpectOptional(delimiter);
        var nodes = new List<T>();
        do
        {
            nodes.Add(parse());
        }
        while (ExpectOptional(delimiter));
        return nodes;
    }

    private GraphQLSyntaxException Unexpected(Token token) => Error(token.Start, $"Unexpected {Describe(token)}.");

    private GraphQLSyntaxException Error(int position, string description) => new(Source, position, description);

    private static string Describe(Token token)
    {
        var kind = TokenKindText.Describe(token.Kind);
        return token.Kind switch
        {
            TokenKind.Name => $"Name \"{token.Value}\"",
            TokenKind.Int or TokenKind.Float or TokenKind.String or TokenKind.BlockString => $"{kind} \"{token.Value}\"",
            TokenKind.StartOfFile or TokenKind.EndOfFile => kind,
            _ => $"\"{kind}\"",
        };
    }
}
