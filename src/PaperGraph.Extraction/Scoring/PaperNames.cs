using System.Text.Json;
using System.Text.RegularExpressions;

namespace PaperGraph.Extraction.Scoring;

/// <summary>The named entities of one record by (kind, canonical key), each with its normalised surface forms, as score.py's Names.</summary>
internal sealed partial class PaperNames
{
    private readonly List<(string Kind, string Canon)> _order = [];
    private readonly Dictionary<(string Kind, string Canon), (HashSet<string> Forms, bool Introduced)> _items = [];

    public PaperNames(ScoredRecord record, bool strict)
    {
        foreach (var (field, kindName) in new[] { ("models", "model"), ("benchmarks", "benchmark"), ("datasets", "dataset"), ("methods", "method") })
        {
            var kind = !strict && kindName is "benchmark" or "dataset" ? "data" : kindName;
            foreach (var item in record.Items(field))
            {
                var name = item.ValueKind == JsonValueKind.String ? ScoredRecord.Text(item) : ScoredRecord.Text(ScoredRecord.Get(item, "name"));
                var forms = new HashSet<string>(StringComparer.Ordinal) { Norm(name) };
                if (ScoredRecord.Get(item, "aliases") is { ValueKind: JsonValueKind.Array } aliases)
                {
                    foreach (var alias in aliases.EnumerateArray())
                        forms.Add(Norm(ScoredRecord.Text(alias)));
                }

                forms.Remove(string.Empty);
                if (forms.Count == 0)
                    continue;
                var canon = Norm(name);
                if (canon.Length == 0)
                    canon = forms.Order(StringComparer.Ordinal).First();
                var key = (kind, canon);
                if (!_items.ContainsKey(key))
                    _order.Add(key);
                _items[key] = (forms, ScoredRecord.Truthy(ScoredRecord.Get(item, "introduced")));
            }
        }
    }

    /// <summary>The items in insertion order.</summary>
    public IEnumerable<((string Kind, string Canon) Key, HashSet<string> Forms, bool Introduced)> Items =>
        _order.Select(k => (k, _items[k].Forms, _items[k].Introduced));

    /// <summary>The first item of <paramref name="kind"/> sharing a form with <paramref name="forms"/>.</summary>
    public (string Kind, string Canon)? Match(string kind, HashSet<string> forms)
    {
        foreach (var key in _order)
        {
            if (key.Kind == kind && _items[key].Forms.Overlaps(forms))
                return key;
        }

        return null;
    }

    /// <summary>score.py's norm: lower-case, then only ASCII letters and digits.</summary>
    public static string Norm(string text) => NotAlphanumeric().Replace(text.ToLowerInvariant(), string.Empty);

    [GeneratedRegex("[^0-9a-z]")]
    private static partial Regex NotAlphanumeric();
}
