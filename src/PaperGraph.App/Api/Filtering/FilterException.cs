namespace PaperGraph.App.Api.Filtering;

/// <summary>A <c>where</c> argument that cannot be applied; the message names the path of the bad field.</summary>
internal sealed class FilterException : Exception
{
    public FilterException(string message)
        : base(message)
    {
    }

    public FilterException()
    {
    }

    public FilterException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
