namespace PaperGraph.GraphQL.Language;

/// <summary>A document that does not follow the GraphQL grammar, with the location of the problem.</summary>
public sealed class GraphQLSyntaxException : GraphQLException
{
    /// <summary>Creates a syntax error at a position of a source.</summary>
    public GraphQLSyntaxException(Source source, int position, string description)
        : base("Syntax Error: " + description)
    {
        Location = source.GetLocation(position);
    }

    /// <summary>Where the problem is.</summary>
    public SourceLocation Location { get; }
}
