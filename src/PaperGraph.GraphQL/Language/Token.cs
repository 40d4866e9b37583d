namespace PaperGraph.GraphQL.Language;

/// <summary>One lexical token: its kind, its span in the source and, for names, numbers and strings, its value.</summary>
internal readonly record struct Token(TokenKind Kind, int Start, int End, string? Value);
