using System.Text.RegularExpressions;

namespace PaperGraph.Extraction.Recognizers;

/// <summary>
/// Morphology of names: what a word must look like to be a proper name of a model, benchmark or
/// method when no lexicon knows it (CamelCase, inner capitals, letters mixed with digits).
/// </summary>
public static partial class NameShape
{
    /// <summary>
    /// True for a word shaped like a coined name: "LongPO", "SFT", "GPT-4o", "Llama3", "M4LE",
    /// "2WikiMultihopQA"; false for ordinary words, numbers, sizes and units ("Long-Context", "7B", "64GB").
    /// </summary>
    public static bool IsCoined(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
            return false;
        var letters = 0;
        var uppers = 0;
        var digits = 0;
        var innerUpper = false;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    uppers++;
                    if (i > 0 && char.IsLetter(word[i - 1]))
                        innerUpper = true;
                }
            }
            else if (char.IsDigit(c))
            {
                digits++;
            }
        }

        if (uppers == 0 || letters == 0)
            return false;
        if (char.IsDigit(word[0]))
            return letters >= 3 && uppers >= 1 && innerUpper && !IsQuantity(word);
        // The pattern tests come last: most capitalised words ("The", "We") fail the cheap test first.
        return (innerUpper || (digits > 0 && char.IsUpper(word[0]))) && !IsQuantity(word) && !IsRomanNumeral(word);
    }

    /// <summary>The rule of a lower-case name with digits, which may only name a benchmark or dataset.</summary>
    public const string LowerCaseDataRule = "lowercase-digits";

    /// <summary>
    /// True for a lower-case word of at least two letters and a digit that is no quantity: "newstest2019",
    /// "flores200-dev", "pg19"; false for "7b", "128k", "fp16", "3-shot", "top-5".
    /// </summary>
    public static bool IsLowerCaseDataName(ReadOnlySpan<char> word)
    {
        if (word.Length < 4 || !char.IsAsciiLetterLower(word[0]))
            return false;
        var letters = 0;
        var digits = 0;
        foreach (var c in word)
        {
            if (char.IsAsciiLetterLower(c))
                letters++;
            else if (char.IsAsciiDigit(c))
                digits++;
            else if (c != '-')
                return false;
        }

        return letters >= 2 && digits > 0 && !LowerCaseTechnicalPattern().IsMatch(word);
    }

    /// <summary>True for a plural acronym, which names a class of things ("LLMs", "Video-LLMs", "GPUs").</summary>
    public static bool IsClassWord(ReadOnlySpan<char> surface) =>
        surface.Length >= 3 && surface[^1] == 's' && char.IsUpper(surface[^2]) && !surface.Contains(' ');

    /// <summary>True for a capitalised ordinary-looking word ("Alfworld", "Lexecutor") that may be a name when the text says so.</summary>
    public static bool IsCapitalized(ReadOnlySpan<char> word) =>
        word.Length >= 2 && char.IsUpper(word[0]) && char.IsLetter(word[1]);

    /// <summary>True for initials written with periods ("E.T.").</summary>
    public static bool IsInitials(ReadOnlySpan<char> word) => word.Length >= 4 && word[1] == '.' && InitialsPattern().IsMatch(word);

    /// <summary>True for a model size such as "7B", "13b" or "1.5B".</summary>
    public static bool IsSize(ReadOnlySpan<char> word) => SizePattern().IsMatch(word);

    /// <summary>
    /// True for a size of ten or more millions such as "355M", which in or after a model's name counts parameters
    /// ("OPT-125M", "GPT-2 355M"); a single-digit "1M" there names a context window ("Qwen2.5-1M").
    /// </summary>
    public static bool IsMillionSize(ReadOnlySpan<char> word) => MillionSizePattern().IsMatch(word);

    /// <summary>True for a version number that can follow a family name ("3.5" in "GPT 3.5", "v2").</summary>
    public static bool IsVersion(ReadOnlySpan<char> word) => VersionPattern().IsMatch(word);

    /// <summary>The parameter count written inside a name ("Mistral-7B-Instruct" gives 7,000,000,000), else null.</summary>
    public static long? ParamsInName(string name)
    {
        var match = SizeInNamePattern().Match(name);
        return match.Success && Quantity.TryParseCount(match.Groups[1].ValueSpan, out var count) ? count : null;
    }

    /// <summary>The context window written inside a name ("GPT-4-128K" gives 128,000), else null.</summary>
    public static long? WindowInName(string name)
    {
        var match = WindowInNamePattern().Match(name);
        return match.Success && Quantity.TryParseCount(match.Groups[1].ValueSpan, out var count) ? count : null;
    }

    /// <summary>The span of the window inside a name ("128K" in "GPT-4-128K"), or null.</summary>
    public static (int Start, int Length)? WindowSpanInName(string name)
    {
        var match = WindowInNamePattern().Match(name);
        return match.Success ? (match.Groups[1].Index, match.Groups[1].Length) : null;
    }

    // "64GB", "7B", "2.4x", "100k", "4-bit": a number with a unit is never a name.
    private static bool IsQuantity(ReadOnlySpan<char> word) => QuantityPattern().IsMatch(word);

    private static bool IsRomanNumeral(ReadOnlySpan<char> word) => RomanPattern().IsMatch(word);

    [GeneratedRegex(@"^(?:[A-Z]\.){2,}$")]
    private static partial Regex InitialsPattern();

    [GeneratedRegex(@"^\d+(?:\.\d+)?[Bb]$")]
    private static partial Regex SizePattern();

    [GeneratedRegex(@"^[1-9]\d+(?:\.\d+)?[Mm]$")]
    private static partial Regex MillionSizePattern();

    [GeneratedRegex(@"^v?\d{1,2}(?:\.\d{1,2})?$")]
    private static partial Regex VersionPattern();

    [GeneratedRegex(@"(?:^|[-_ ])(\d+(?:\.\d+)?[Bb]|[1-9]\d+(?:\.\d+)?[Mm])(?=$|[-_ ])")]
    private static partial Regex SizeInNamePattern();

    [GeneratedRegex(@"(?<=\w[-_ ])(\d+(?:\.\d+)?[kK]|\d(?:\.\d+)?M)(?=$|[-_ ])")]
    private static partial Regex WindowInNamePattern();

    [GeneratedRegex(@"^[\d.,]+(?:-?[a-zA-Z]{1,5}|[-‐][a-z]+)?$")]
    private static partial Regex QuantityPattern();

    // Number formats, shots, ranks and versions written in lower case: "fp16", "bf16", "int8", "top-5", "3-shot", "v2".
    [GeneratedRegex(@"^(?:fp|bf|int|uint|float|top|pass|rank|step|layer|round|epoch|iter|ver|version|gen)-?\d|\d-?(?:shot|bit|way|hop|gram|layer|step|turn)s?$")]
    private static partial Regex LowerCaseTechnicalPattern();

    [GeneratedRegex(@"^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})$")]
    private static partial Regex RomanPattern();
}
