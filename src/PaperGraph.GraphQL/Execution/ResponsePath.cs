namespace PaperGraph.GraphQL.Execution;

/// <summary>A link in the response path: a response key or a list index, with its parent.</summary>
internal sealed class ResponsePath(ResponsePath? parent, object key)
{
    public ResponsePath? Parent { get; } = parent;

    public object Key { get; } = key;

    public List<object> ToList()
    {
        var list = new List<object>();
        for (var p = this; p is not null; p = p.Parent)
        {
            list.Add(p.Key);
        }
        list.Reverse();
        return list;
    }
}
