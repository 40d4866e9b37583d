using PaperGraph.Extraction.Model;

namespace PaperGraph.Extraction.Text;

/// <summary>A paper's title and abstract cut into sentences and tokens once, for every recogniser to share.</summary>
public sealed class PaperText
{
    /// <summary>Splits and tokenises the title (one sentence) and the abstract.</summary>
    public PaperText(string title, string @abstract)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(@abstract);
        Title = title;
        Abstract = @abstract;
        var sentences = new List<Sentence>();
        Add(sentences, TextField.Title, title, [new TextSpan(0, title.Length)]);
        Add(sentences, TextField.Abstract, @abstract, SentenceSplitter.Split(@abstract));
        Sentences = sentences;
    }

    /// <summary>The title text.</summary>
    public string Title { get; }

    /// <summary>The abstract text.</summary>
    public string Abstract { get; }

    /// <summary>The title first, then the abstract's sentences in order.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>The text of one field.</summary>
    public string FieldText(TextField field) => field == TextField.Title ? Title : Abstract;

    private static void Add(List<Sentence> sentences, TextField field, string text, List<TextSpan> spans)
    {
        // One scratch list serves every sentence: a Sentence copies its tokens into an array of its own.
        var tokens = new List<TextSpan>(64);
        foreach (var span in spans)
        {
            if (span.Length == 0)
                continue;
            tokens.Clear();
            Tokenizer.Tokenize(text, span, tokens);
            sentences.Add(new Sentence(sentences.Count, field, text, span, tokens));
        }
    }
}
