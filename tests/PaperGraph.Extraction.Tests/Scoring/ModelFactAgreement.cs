using System.Text.Json;
using PaperGraph.Extraction.Model;
using PaperGraph.Extraction.Text;

namespace PaperGraph.Extraction.Tests.Scoring;

/// <summary>For the models gold and prediction share (by any name form), how often params and context window agree.</summary>
internal sealed record ModelFactAgreement(int Matched, int ParamsRight, int WindowsRight)
{
    public static ModelFactAgreement Measure(string goldPath, IReadOnlyList<PaperExtraction> predicted)
    {
        var byTitle = predicted.ToDictionary(p => NameKey.Of(p.Title), StringComparer.Ordinal);
        int matched = 0, paramsRight = 0, windowsRight = 0;
        foreach (var line in File.ReadLines(goldPath).Where(l => l.Length > 0))
        {
            using var gold = JsonDocument.Parse(line);
            if (!byTitle.TryGetValue(NameKey.Of(gold.RootElement.GetProperty("title").GetString()!), out var paper))
                continue;
            foreach (var model in gold.RootElement.GetProperty("models").EnumerateArray())
            {
                var forms = Forms(model.GetProperty("name").GetString()!, model.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!));
                var hit = paper.OfKind(EntityKind.Model).FirstOrDefault(m => Forms(m.Name, m.Aliases).Overlaps(forms));
                if (hit is null)
                    continue;
                matched++;
                paramsRight += Number(model, "params") == hit.Params ? 1 : 0;
                windowsRight += Number(model, "contextWindow") == hit.ContextWindow ? 1 : 0;
            }
        }

        return new ModelFactAgreement(matched, paramsRight, windowsRight);
    }

    private static HashSet<string> Forms(string name, IEnumerable<string> aliases) =>
        [.. aliases.Append(name).Select(n => NameKey.Of(n)).Where(k => k.Length > 0)];

    private static long? Number(JsonElement model, string property) =>
        model.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : null;
}
