using PaperGraph.Extraction.Model;

namespace PaperGraph.Extraction.Recognizers;

/// <summary>The weighed evidence about which kind a name is, gathered over all its mentions in a paper.</summary>
public sealed class KindVotes
{
    private readonly double[] _weights = new double[4];
    private readonly string?[] _rules = new string?[4];
    private readonly double[] _best = new double[4];
    private HashSet<(string Rule, string Surface)>? _counted;

    /// <summary>True once a vote came from the text or the lexicon rather than from the fallback.</summary>
    public bool HasEvidence { get; private set; }

    /// <summary>Adds <paramref name="weight"/> for <paramref name="kind"/>; <paramref name="rule"/> names the reason.</summary>
    public void Add(EntityKind kind, double weight, string rule, bool isEvidence = true)
    {
        var k = (int)kind;
        _weights[k] += weight;
        if (weight > _best[k])
        {
            _best[k] = weight;
            _rules[k] = rule;
        }

        HasEvidence |= isEvidence;
    }

    /// <summary>
    /// Adds a vote that the name's own shape casts ("-Bench", "GPT", a size): it counts once per written form,
    /// so a name the text repeats five times does not outvote the one sentence that says what it is.
    /// </summary>
    public void AddForShape(EntityKind kind, double weight, string rule, string surface, bool isEvidence = true)
    {
        _counted ??= [];
        if (_counted.Add((rule, surface)))
            Add(kind, weight, rule, isEvidence);
    }

    /// <summary>The total weight for one kind.</summary>
    public double Weight(EntityKind kind) => _weights[(int)kind];

    /// <summary>The kind with the most weight (earlier kinds win ties), or null when nobody voted.</summary>
    public EntityKind? Winner
    {
        get
        {
            var best = -1;
            for (var k = 0; k < _weights.Length; k++)
            {
                if (_weights[k] > 0 && (best < 0 || _weights[k] > _weights[best]))
                    best = k;
            }

            return best < 0 ? null : (EntityKind)best;
        }
    }

    /// <summary>The strongest rule that voted for <paramref name="kind"/>.</summary>
    public string RuleFor(EntityKind kind) => _rules[(int)kind] ?? "fallback";
}
