using PaperGraph.Graph.Model;

namespace PaperGraph.App.Stores;

/// <summary>Cuts a loaded graph back into one fragment per paper, so another store can write it with its own batching and idempotency.</summary>
internal static class SnapshotFragments
{
    /// <summary>The fragments of every paper, in the snapshot's paper order; each holds the entities and repos its relationships name.</summary>
    public static IEnumerable<PaperFragment> Split(GraphSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var entities = snapshot.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var repos = snapshot.Repos.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var results = snapshot.Results.ToLookup(r => r.PaperId, StringComparer.Ordinal);
        var lengths = snapshot.ContextLengths.ToLookup(c => c.PaperId, StringComparer.Ordinal);
        var relationships = snapshot.Relationships.ToLookup(r => r.PaperId, StringComparer.Ordinal);
        foreach (var paper in snapshot.Papers)
        {
            var stated = relationships[paper.Id].ToList();
            var ends = stated.SelectMany(r => new[] { r.FromId, r.ToId }).Distinct(StringComparer.Ordinal).ToList();
            yield return new PaperFragment(
                paper,
                [.. ends.Where(entities.ContainsKey).Select(id => entities[id])],
                [.. ends.Where(repos.ContainsKey).Select(id => repos[id])],
                [.. results[paper.Id]],
                [.. lengths[paper.Id]],
                stated);
        }
    }
}
