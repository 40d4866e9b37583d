namespace PaperGraph.GraphQL.Execution;

/// <summary>A bounded least-recently-used cache of prepared documents keyed by document text.</summary>
internal sealed class DocumentCache(int capacity)
{
    private readonly Dictionary<string, LinkedListNode<(string Key, PreparedDocument Value)>> _map = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, PreparedDocument Value)> _order = new();
    private readonly Lock _lock = new();

    public bool TryGet(string key, out PreparedDocument value)
    {
        lock (_lock)
        {
            if (_map.TryGetValue(key, out var node))
            {
                if (!ReferenceEquals(_order.First, node))
                {
                    _order.Remove(node);
                    _order.AddFirst(node);
                }
                value = node.Value.Value;
                return true;
            }
        }
        value = null!;
        return false;
    }

    public void Add(string key, PreparedDocument value)
    {
        if (capacity <= 0)
        {
            return;
        }
        lock (_lock)
        {
            if (_map.ContainsKey(key))
            {
                return;
            }
            _map[key] = _order.AddFirst((key, value));
            if (_map.Count > capacity)
            {
                var last = _order.Last!;
                _order.RemoveLast();
                _map.Remove(last.Value.Key);
            }
        }
    }
}
