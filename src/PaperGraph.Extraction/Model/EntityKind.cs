namespace PaperGraph.Extraction.Model;

/// <summary>The kinds of named entity the extractor recognises (see gold/GUIDELINE.md).</summary>
public enum EntityKind
{
    /// <summary>A specific model or model family with a proper name (GPT-4, LLaMA-2-7B).</summary>
    Model,

    /// <summary>A named evaluation benchmark or evaluation dataset (MMLU, LongIns).</summary>
    Benchmark,

    /// <summary>A named dataset used as training or corpus data rather than for evaluation.</summary>
    Dataset,

    /// <summary>A named method, algorithm, framework or technique that is not a model (LoRA, DPO).</summary>
    Method,
}
