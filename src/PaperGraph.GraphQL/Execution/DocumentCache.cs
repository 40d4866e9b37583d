using System.Collections.Concurrent;

namespace PaperGraph.GraphQL.Execution;

/// <summary>
/// A bounded cache of prepared documents keyed by document text. Reads are lock-free and stamp the entry with a
/// use counter; when the cache grows past its capacity the least recently used tenth is evicted.
/// </summary>
internal sealed class DocumentCache(int capacity)
{
    private readonly ConcurrentDictionary<string, Entry> _map = new(StringComparer.Ordinal);
    private readonly Lock _evictionLock = new();
    private long _clock;

    public bool TryGet(string key, out PreparedDocument value)
    {
        if (_map.TryGetValue(key, out var entry))
        {
            entry.LastUsed = Interlocked.Increment(ref _clock);
            value = entry.Value;
            return true;
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
        _map.TryAdd(key, new Entry(value) { LastUsed = Interlocked.Increment(ref _clock) });
        if (_map.Count > capacity)
        {
            Evict();
        }
    }

    private void Evict()
    {
        lock (_evictionLock)
        {
            var excess = _map.Count - capacity;
            if (excess <= 0)
            {
                return;
            }
            var victims = _map.OrderBy(pair => pair.Value.LastUsed).Take(Math.Max(excess, capacity / 10)).Select(pair => pair.Key).ToList();
            foreach (var key in victims)
            {
                _map.TryRemove(key, out _);
            }
        }
    }

    private sealed class Entry(PreparedDocument value)
    {
        public PreparedDocument Value { get; } = value;

        public long LastUsed { get; set; }
    }
}
