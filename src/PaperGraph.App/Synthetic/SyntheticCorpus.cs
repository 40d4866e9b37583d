using System.Globalization;
using System.Text;
using System.Text.Json;
using PaperGraph.Extraction.Model;

namespace PaperGraph.App.Synthetic;

/// <summary>
/// Realistic synthetic abstracts for scale tests: each names new and known models and
/// benchmarks, states context lengths, results and a repository, in the phrasing of real
/// LLM papers, so extraction does the same work as on real text. Seeded: the same seed gives
/// the same corpus.
/// </summary>
internal sealed class SyntheticCorpus(int seed)
{
    private static readonly string[] Models = ["GPT-4", "GPT-4o", "GPT-3.5-Turbo", "Claude 3 Opus", "Gemini 1.5 Pro", "LLaMA-2-7B", "Llama-3-8B-Instruct", "Mistral-7B-Instruct-v0.2", "Mixtral-8x7B", "Qwen2-72B", "Yi-34B", "Phi-3-mini", "FLAN-T5-XL", "Vicuna-13B"];
    private static readonly string[] Benchmarks = ["MMLU", "GSM8K", "LongBench", "RULER", "InfiniteBench", "Needle-In-A-Haystack (NIAH)", "HumanEval", "BIG-Bench Hard", "TriviaQA", "HotpotQA", "L-Eval", "ZeroSCROLLS", "NarrativeQA", "Qasper"];
    private static readonly string[] Methods = ["LoRA", "RoPE", "YaRN", "FlashAttention", "DPO", "RLHF", "StreamingLLM", "Position Interpolation"];
    private static readonly string[] Topics = ["Long-Context Reasoning", "Retrieval-Augmented Generation", "Instruction Following", "Efficient Attention", "Tool Use", "Multi-Document Question Answering", "Code Generation", "Mathematical Reasoning"];
    private static readonly string[] Syllables = ["lo", "ng", "ra", "vi", "ta", "mi", "ko", "sel", "ban", "tri", "qu", "zen", "pho", "dex", "ar", "on"];
    private static readonly int[] Lengths = [4, 8, 16, 32, 64, 128, 200, 256, 512, 1000];

    private readonly Random random = new(seed);

    /// <summary>The next synthetic paper; <paramref name="index"/> keeps titles unique.</summary>
    public Paper Next(int index)
    {
        var name = NewName(index);
        var kind = random.Next(3);
        var model = Pick(Models);
        var other = Pick(Models);
        var benchmark = Pick(Benchmarks);
        var length = Pick(Lengths);
        var longer = length * 4;
        var score = Math.Round(40 + (random.NextDouble() * 55), 1);
        var gain = Math.Round(1 + (random.NextDouble() * 15), 1);
        var topic = Pick(Topics);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Large language models (LLMs) have shown strong abilities in {topic.ToLowerInvariant()}, yet their behaviour on inputs beyond {length}K tokens remains poorly understood. ");
        text.Append(kind switch
        {
            0 => $"We introduce {name}, a benchmark of {random.Next(200, 5000)} questions with inputs from {length}K to {longer}K tokens. ",
            1 => $"We propose {name}, a method that extends the context window of {model} from {length}K to {longer}K tokens using {Pick(Methods)}. ",
            _ => $"We present {name}-{Pick(["7B", "13B", "1.3B", "70B"])}, a model trained with {Pick(Methods)} and a context window of {longer}K tokens. ",
        });
        text.Append(CultureInfo.InvariantCulture, $"We evaluate {model} and {other} on {benchmark} and {Pick(Benchmarks)}, and find that {model} with {length * 8}K context length still drops sharply on {benchmark}. ");
        text.Append(CultureInfo.InvariantCulture, $"Our approach reaches {score}% accuracy on {benchmark}, an improvement of {gain}% over {other}, and is {Math.Round(1.2 + random.NextDouble() * 3, 1)}x faster. ");
        text.Append("Extensive analysis shows that retrieval and reasoning degrade differently as inputs grow, and that position of the evidence matters more than its length. ");
        text.Append(CultureInfo.InvariantCulture, $"Code and data are available at https://github.com/{NewName(index + 7919).ToLowerInvariant()}-lab/{name}.");
        return new Paper($"{name}: {Pick(["Towards", "Rethinking", "Scaling", "Benchmarking"])} {topic} in Large Language Models", text.ToString())
        {
            Date = "2025-01-01",
            Authors = ["A. Author", "B. Author"],
        };
    }

    /// <summary>Writes <paramref name="count"/> papers as JSON Lines.</summary>
    public void WriteJsonLines(TextWriter output, int count)
    {
        var buffer = new MemoryStream();
        for (var i = 0; i < count; i++)
        {
            var paper = Next(i);
            buffer.SetLength(0);
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteString("id", $"synth-{i}");
                writer.WriteString("title", paper.Title);
                writer.WriteString("abstract", paper.Abstract);
                writer.WriteString("date", paper.Date);
                writer.WriteStartArray("authors");
                foreach (var author in paper.Authors)
                    writer.WriteStringValue(author);
                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        }
    }

    private string NewName(int index)
    {
        var builder = new StringBuilder();
        builder.Append(char.ToUpperInvariant(Syllables[index % Syllables.Length][0])).Append(Syllables[index % Syllables.Length][1..]);
        builder.Append(Pick(Syllables)).Append(Pick(["Bench", "LM", "Eval", "Former", "QA", ""]));
        builder.Append(index.ToString(CultureInfo.InvariantCulture));
        return builder.ToString();
    }

    private T Pick<T>(T[] items) => items[random.Next(items.Length)];
}
