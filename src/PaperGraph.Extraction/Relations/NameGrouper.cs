using PaperGraph.Extraction.Model;
using PaperGraph.Extraction.Recognizers;

namespace PaperGraph.Extraction.Relations;

/// <summary>
/// Merges the mentions of a paper into entities (same key, acronym with its expansion, aliases of one
/// lexicon entry) and lets the kind recognisers vote on each entity's kind.
/// </summary>
public sealed class NameGrouper(NameContext context, IReadOnlyList<IKindRecognizer> recognizers)
{
    /// <summary>The typed entities; weak names nobody typed are dropped.</summary>
    public List<NameGroup> Group(IReadOnlyList<NameMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var parent = new int[mentions.Count];
        for (var i = 0; i < parent.Length; i++)
            parent[i] = i;
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var byEntry = new Dictionary<object, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (!byKey.TryAdd(mention.Key, i))
                Union(parent, i, byKey[mention.Key]);
            if (mention.Entry is not null && mention.EntryIsExact && !byEntry.TryAdd(mention.Entry, i))
                Union(parent, i, byEntry[mention.Entry]);
        }

        for (var i = 0; i < mentions.Count; i++)
        {
            // Mentions are few per paper, so a scan beats hashing freshly made objects by identity.
            if (mentions[i].Acronym is { } acronym && IndexOf(mentions, acronym) is var a and >= 0)
                Union(parent, i, a);
        }

        // Groups in the order of their first mention, each listing its mentions in text order.
        var candidates = new List<(List<NameMention> Members, KindVotes Votes)>();
        var groupOf = new int[mentions.Count];
        var candidateOfRoot = new int[mentions.Count];
        Array.Fill(candidateOfRoot, -1);
        for (var i = 0; i < mentions.Count; i++)
        {
            var root = Find(parent, i);
            if (candidateOfRoot[root] < 0)
            {
                candidateOfRoot[root] = candidates.Count;
                candidates.Add(([], new KindVotes()));
            }

            groupOf[i] = candidateOfRoot[root];
            candidates[groupOf[i]].Members.Add(mentions[i]);
        }

        foreach (var (members, votes) in candidates)
        {
            foreach (var mention in members)
            {
                foreach (var recognizer in recognizers)
                    recognizer.Vote(mention, context, votes);
            }
        }

        VoteByCoordination(mentions, candidates, groupOf);
        VoteByParallelLists(mentions, candidates, groupOf);
        var groups = new List<NameGroup>();
        foreach (var (list, votes) in candidates)
        {
            var strong = list.Exists(m => m.Strength == NameStrength.Strong);
            if (votes.Winner is not { } kind || (!strong && !votes.HasEvidence))
                continue;
            if (NoThingNamed.By(list, kind))
                continue;
            groups.Add(new NameGroup(list, kind, votes.RuleFor(kind)));
        }

        return groups;
    }

    // "AskUbuntu, Unix, and ServerFault": a name the text does not type takes the kind of the names it is listed with.
    private void VoteByCoordination(IReadOnlyList<NameMention> mentions, List<(List<NameMention> Members, KindVotes Votes)> candidates, int[] groupOf)
    {
        for (var round = 0; round < 2; round++)
        {
            for (var i = 0; i + 1 < mentions.Count; i++)
            {
                var (left, right) = (mentions[i], mentions[i + 1]);
                if (!context.AreCoordinated(left, right))
                    continue;
                var (a, b) = (candidates[groupOf[i]].Votes, candidates[groupOf[i + 1]].Votes);
                if (a.HasEvidence && !b.HasEvidence && a.Winner is { } ka && ka != EntityKind.Method)
                    b.Add(ka, 3, "coordination");
                else if (b.HasEvidence && !a.HasEvidence && b.Winner is { } kb && kb != EntityKind.Method)
                    a.Add(kb, 3, "coordination");
            }
        }
    }

    // "arithmetic (MultiArith, GSM8K), symbolic reasoning (Last Letter, Coin Flip)": parenthesised lists side by
    // side in one sentence list things of one kind, so an untyped list takes the data kind of a typed one.
    private void VoteByParallelLists(IReadOnlyList<NameMention> mentions, List<(List<NameMention> Members, KindVotes Votes)> candidates, int[] groupOf)
    {
        var lists = new List<List<int>>();
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Sentence.GapBefore(mentions[i].First).EndsWith("("))
                lists.Add([i]);
            else if (lists.Count > 0 && lists[^1][^1] == i - 1 && context.AreCoordinated(mentions[i - 1], mentions[i]))
                lists[^1].Add(i);
        }

        foreach (var typed in lists)
        {
            var kinds = typed.Select(i => candidates[groupOf[i]].Votes).Where(v => v.HasEvidence).Select(v => v.Winner).Distinct().ToList();
            if (kinds is not [EntityKind kind and (EntityKind.Benchmark or EntityKind.Dataset)])
                continue;
            foreach (var untyped in lists)
            {
                if (untyped == typed || untyped.Count < 2 || mentions[untyped[0]].Sentence != mentions[typed[0]].Sentence
                    || untyped.Exists(i => candidates[groupOf[i]].Votes.HasEvidence))
                    continue;
                foreach (var i in untyped)
                    candidates[groupOf[i]].Votes.Add(kind, 3, "parallel-list");
            }
        }
    }

    private static int IndexOf(IReadOnlyList<NameMention> mentions, NameMention mention)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            if (ReferenceEquals(mentions[i], mention))
                return i;
        }

        return -1;
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    private static void Union(int[] parent, int a, int b) => parent[Find(parent, a)] = Find(parent, b);
}
