using System.Globalization;
using System.Text;

namespace PaperGraph.GraphQL.Language;

/// <summary>
/// Splits a source into tokens on demand, skipping ignored tokens (white space, line terminators,
/// commas, comments). Implements the lexical grammar of spec section 2.1.
/// </summary>
internal sealed class Lexer(Source source)
{
    private readonly string _body = source.Body;
    private int _position;

    public Source Source { get; } = source;

    /// <summary>Moves the read position, used to peek ahead with a second lexer.</summary>
    public void Seek(int position) => _position = position;

    /// <summary>Reads the next significant token.</summary>
    public Token Next()
    {
        var body = _body;
        var pos = SkipIgnored(_position);
        if (pos >= body.Length)
        {
            _position = pos;
            return new Token(TokenKind.EndOfFile, pos, pos, null);
        }
        var c = body[pos];
        var token = c switch
        {
            '!' => Punct(TokenKind.Bang, pos),
            '$' => Punct(TokenKind.Dollar, pos),
            '&' => Punct(TokenKind.Amp, pos),
            '(' => Punct(TokenKind.ParenLeft, pos),
            ')' => Punct(TokenKind.ParenRight, pos),
            ':' => Punct(TokenKind.Colon, pos),
            '=' => Punct(TokenKind.Equals, pos),
            '@' => Punct(TokenKind.At, pos),
            '[' => Punct(TokenKind.BracketLeft, pos),
            ']' => Punct(TokenKind.BracketRight, pos),
            '{' => Punct(TokenKind.BraceLeft, pos),
            '|' => Punct(TokenKind.Pipe, pos),
            '}' => Punct(TokenKind.BraceRight, pos),
            '.' => ReadSpread(pos),
            '"' => pos + 2 < body.Length && body[pos + 1] == '"' && body[pos + 2] == '"' ? ReadBlockString(pos) : ReadString(pos),
            _ when IsNameStart(c) => ReadName(pos),
            _ when c == '-' || IsDigit(c) => ReadNumber(pos, c),
            _ => throw Error(pos, UnexpectedCharacter(pos)),
        };
        _position = token.End;
        return token;
    }

    private static Token Punct(TokenKind kind, int pos) => new(kind, pos, pos + 1, null);

    private int SkipIgnored(int pos)
    {
        var body = _body;
        while (pos < body.Length)
        {
            switch (body[pos])
            {
                case '\uFEFF' or '\t' or ' ' or ',' or '\n' or '\r':
                    pos++;
                    break;
                case '#':
                    while (pos < body.Length && body[pos] != '\n' && body[pos] != '\r')
                    {
                        pos++;
                    }
                    break;
                default:
                    return pos;
            }
        }
        return pos;
    }

    private Token ReadSpread(int pos)
    {
        if (pos + 2 < _body.Length && _body[pos + 1] == '.' && _body[pos + 2] == '.')
        {
            return new Token(TokenKind.Spread, pos, pos + 3, null);
        }
        throw Error(pos, UnexpectedCharacter(pos));
    }

    private Token ReadName(int start)
    {
        var pos = start + 1;
        while (pos < _body.Length && IsNameContinue(_body[pos]))
        {
            pos++;
        }
        return new Token(TokenKind.Name, start, pos, _body.Substring(start, pos - start));
    }

    /// <summary>Reads IntValue or FloatValue (spec 2.9.1, 2.9.2).</summary>
    private Token ReadNumber(int start, char first)
    {
        var body = _body;
        var pos = start;
        var isFloat = false;
        var c = first;
        if (c == '-')
        {
            c = CharAt(++pos);
        }
        if (c == '0')
        {
            c = CharAt(++pos);
            if (IsDigit(c))
            {
                throw Error(pos, $"Invalid number, unexpected digit after 0: {Describe(pos)}.");
            }
        }
        else
        {
            pos = ReadDigits(pos);
            c = CharAt(pos);
        }
        if (c == '.')
        {
            isFloat = true;
            pos = ReadDigits(pos + 1);
            c = CharAt(pos);
        }
        if (c is 'E' or 'e')
        {
            isFloat = true;
            c = CharAt(++pos);
            if (c is '+' or '-')
            {
                pos++;
            }
            pos = ReadDigits(pos);
            c = CharAt(pos);
        }
        if (c == '.' || IsNameStart(c))
        {
            throw Error(pos, $"Invalid number, expected digit but got: {Describe(pos)}.");
        }
        return new Token(isFloat ? TokenKind.Float : TokenKind.Int, start, pos, body.Substring(start, pos - start));
    }

    private int ReadDigits(int pos)
    {
        if (!IsDigit(CharAt(pos)))
        {
            throw Error(pos, $"Invalid number, expected digit but got: {Describe(pos)}.");
        }
        while (IsDigit(CharAt(pos)))
        {
            pos++;
        }
        return pos;
    }

    /// <summary>Reads a quoted StringValue with its escape sequences (spec 2.9.4).</summary>
    private Token ReadString(int start)
    {
        var body = _body;
        var pos = start + 1;
        var chunkStart = pos;
        StringBuilder? value = null;
        while (pos < body.Length)
        {
            var c = body[pos];
            if (c == '"')
            {
                var text = value is null ? body.Substring(chunkStart, pos - chunkStart) : value.Append(body, chunkStart, pos - chunkStart).ToString();
                return new Token(TokenKind.String, start, pos + 1, text);
            }
            if (c == '\\')
            {
                value ??= new StringBuilder();
                value.Append(body, chunkStart, pos - chunkStart);
                pos = ReadEscape(pos, value);
                chunkStart = pos;
                continue;
            }
            if (c is '\n' or '\r')
            {
                break;
            }
            if (!IsSourceCharacter(c))
            {
                throw Error(pos, $"Invalid character within String: {Describe(pos)}.");
            }
            pos += char.IsHighSurrogate(c) ? 2 : 1;
        }
        throw Error(pos, "Unterminated string.");
    }

    private int ReadEscape(int pos, StringBuilder value)
    {
        var c = CharAt(pos + 1);
        switch (c)
        {
            case '"': value.Append('"'); return pos + 2;
            case '\\': value.Append('\\'); return pos + 2;
            case '/': value.Append('/'); return pos + 2;
            case 'b': value.Append('\b'); return pos + 2;
            case 'f': value.Append('\f'); return pos + 2;
            case 'n': value.Append('\n'); return pos + 2;
            case 'r': value.Append('\r'); return pos + 2;
            case 't': value.Append('\t'); return pos + 2;
            case 'u': return ReadUnicodeEscape(pos, value);
            default:
                throw Error(pos, $"Invalid character escape sequence: \"{EscapeText(pos, 2)}\".");
        }
    }

    private int ReadUnicodeEscape(int pos, StringBuilder value)
    {
        if (CharAt(pos + 2) == '{')
        {
            var end = pos + 3;
            var point = 0;
            while (end < _body.Length && _body[end] != '}' && end - pos < 12)
            {
                var digit = HexValue(_body[end]);
                if (digit < 0)
                {
                    break;
                }
                point = (point << 4) | digit;
                end++;
            }
            if (CharAt(end) != '}' || end == pos + 3 || point > 0x10FFFF || (point >= 0xD800 && point <= 0xDFFF))
            {
                throw Error(pos, $"Invalid Unicode escape sequence: \"{EscapeText(pos, Math.Min(end + 1, _body.Length) - pos)}\".");
            }
            value.Append(char.ConvertFromUtf32(point));
            return end + 1;
        }
        var code = ReadHex4(pos + 2);
        if (code < 0)
        {
            throw Error(pos, $"Invalid Unicode escape sequence: \"{EscapeText(pos, 6)}\".");
        }
        if (code >= 0xD800 && code <= 0xDBFF && CharAt(pos + 6) == '\\' && CharAt(pos + 7) == 'u')
        {
            var trail = ReadHex4(pos + 8);
            if (trail >= 0xDC00 && trail <= 0xDFFF)
            {
                value.Append((char)code).Append((char)trail);
                return pos + 12;
            }
        }
        if (code >= 0xD800 && code <= 0xDFFF)
        {
            throw Error(pos, $"Invalid Unicode escape sequence: \"{EscapeText(pos, 6)}\".");
        }
        value.Append((char)code);
        return pos + 6;
    }

    private int ReadHex4(int pos)
    {
        if (pos + 4 > _body.Length)
        {
            return -1;
        }
        var result = 0;
        for (var i = 0; i < 4; i++)
        {
            var d = HexValue(_body[pos + i]);
            if (d < 0)
            {
                return -1;
            }
            result = (result << 4) | d;
        }
        return result;
    }

    /// <summary>Reads a BlockString and applies the spec's BlockStringValue() dedent.</summary>
    private Token ReadBlockString(int start)
    {
        var body = _body;
        var pos = start + 3;
        var chunkStart = pos;
        var raw = new StringBuilder();
        while (pos < body.Length)
        {
            var c = body[pos];
            if (c == '"' && CharAt(pos + 1) == '"' && CharAt(pos + 2) == '"')
            {
                raw.Append(body, chunkStart, pos - chunkStart);
                return new Token(TokenKind.BlockString, start, pos + 3, BlockString.Dedent(raw.ToString()));
            }
            if (c == '\\' && CharAt(pos + 1) == '"' && CharAt(pos + 2) == '"' && CharAt(pos + 3) == '"')
            {
                raw.Append(body, chunkStart, pos - chunkStart).Append("\"\"\"");
                pos += 4;
                chunkStart = pos;
                continue;
            }
            if (c is not ('\n' or '\r' or '\t') && !IsSourceCharacter(c))
            {
                throw Error(pos, $"Invalid character within String: {Describe(pos)}.");
            }
            pos += char.IsHighSurrogate(c) ? 2 : 1;
        }
        throw Error(pos, "Unterminated string.");
    }

    private char CharAt(int pos) => pos < _body.Length ? _body[pos] : '\0';

    private string EscapeText(int pos, int length) => _body.Substring(pos, Math.Min(length, _body.Length - pos));

    private string UnexpectedCharacter(int pos)
    {
        var c = _body[pos];
        if (!IsSourceCharacter(c) && c is not ('\t' or '\n' or '\r'))
        {
            return $"Invalid character: {Describe(pos)}.";
        }
        return c == '\'' ? "Unexpected single quote character ('), did you mean to use a double quote (\")?" : $"Unexpected character: {Describe(pos)}.";
    }

    private string Describe(int pos)
    {
        if (pos >= _body.Length)
        {
            return "<EOF>";
        }
        var c = _body[pos];
        return c >= 0x20 && c <= 0x7E
            ? (c == '"' ? "'\"'" : $"\"{c}\"")
            : "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
    }

    private GraphQLSyntaxException Error(int pos, string description) => new(Source, pos, description);

    /// <summary>SourceCharacter: any Unicode scalar value except most C0 controls; lone surrogates are rejected.</summary>
    private bool IsSourceCharacter(char c) => c >= 0x20 || c == '\t';

    internal static bool IsNameStart(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';

    internal static bool IsNameContinue(char c) => IsNameStart(c) || IsDigit(c);

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
