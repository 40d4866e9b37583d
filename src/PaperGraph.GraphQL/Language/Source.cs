namespace PaperGraph.GraphQL.Language;

/// <summary>The text of a GraphQL document, with a name used in error messages.</summary>
public sealed class Source(string body, string name = "GraphQL request")
{
    /// <summary>The document text.</summary>
    public string Body { get; } = body;

    /// <summary>A name for the document, such as a file name.</summary>
    public string Name { get; } = name;

    /// <summary>Converts a character offset into a 1-based line and column.</summary>
    public SourceLocation GetLocation(int position)
    {
        int line = 1, lineStart = 0;
        for (var i = 0; i < position && i < Body.Length; i++)
        {
            var c = Body[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= Body.Length || Body[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourceLocation(line, position - lineStart + 1);
    }
}

/// <summary>A 1-based line and column in a document.</summary>
public readonly record struct SourceLocation(int Line, int Column);
