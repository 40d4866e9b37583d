using PaperGraph.Graph.Model;

namespace PaperGraph.Storage.Neo4j;

/// <summary>
/// What a batch does, decided from the content hashes already stored, with the same outcomes
/// as writing the fragments one after another: a paper seen with the same content is
/// unchanged, with other content updated, unseen new; a paper twice in a batch is written once,
/// in its last form.
/// </summary>
internal sealed record BatchPlan(IReadOnlyList<UpsertOutcome> Outcomes, IReadOnlyList<PaperFragment> Written, IReadOnlyList<string> Replaced)
{
    public static BatchPlan Create(IReadOnlyList<PaperFragment> fragments, IReadOnlyDictionary<string, string?> storedHashes)
    {
        var known = new Dictionary<string, string?>(storedHashes, StringComparer.Ordinal);
        var written = new Dictionary<string, PaperFragment>(StringComparer.Ordinal);
        var outcomes = new List<UpsertOutcome>(fragments.Count);
        foreach (var fragment in fragments)
        {
            var id = fragment.Paper.Id;
            var seen = known.TryGetValue(id, out var hash);
            if (seen && hash == fragment.ContentHash)
            {
                outcomes.Add(UpsertOutcome.Unchanged);
                continue;
            }

            outcomes.Add(seen ? UpsertOutcome.Updated : UpsertOutcome.New);
            known[id] = fragment.ContentHash;
            written.Remove(id);
            written[id] = fragment;
        }

        // Only papers stored before this batch have old facts to clear.
        var replaced = written.Keys.Where(storedHashes.ContainsKey).ToList();
        return new BatchPlan(outcomes, [.. written.Values], replaced);
    }
}
