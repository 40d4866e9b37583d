using System.Text.RegularExpressions;

namespace PaperGraph.Extraction.Sources;

/// <summary>
/// Turns the inline LaTeX of arXiv titles and abstracts into the plain text the extractor reads:
/// "2.4$\times$" becomes "2.4×", "$128$K" becomes "128K", "72.1\%" becomes "72.1%", "\textbf{X}" becomes "X".
/// Only math spans and commands are touched, so a lone dollar sign ("a $100K budget") stays as written.
/// </summary>
public static partial class LatexText
{
    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["times"] = "×", ["sim"] = "~", ["approx"] = "≈", ["geq"] = "≥", ["ge"] = "≥", ["leq"] = "≤", ["le"] = "≤",
        ["rightarrow"] = "→", ["to"] = "→", ["uparrow"] = "↑", ["downarrow"] = "↓", ["pm"] = "±", ["cdot"] = "·",
        ["infty"] = "∞", ["alpha"] = "α", ["beta"] = "β", ["gamma"] = "γ", ["lambda"] = "λ", ["mu"] = "μ",
    };

    /// <summary>The text with its inline math and formatting commands written out.</summary>
    public static string Plain(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny('\\', '$') < 0)
            return text;
        var plain = MathSpan().Replace(text, m => Commands(m.Groups["math"].Value).Replace("{", "").Replace("}", ""));
        return Commands(plain);
    }

    private static string Commands(string text)
    {
        text = Wrapper().Replace(text, m => m.Groups["body"].Value);
        text = Escaped().Replace(text, m => m.Groups["c"].Value);
        return Symbol().Replace(text, m => Symbols.TryGetValue(m.Groups["name"].Value, out var symbol) ? symbol : m.Value);
    }

    // "$128$", "$\times$", "$10^{5}$": a math span of up to 40 characters without a dollar or line break inside.
    [GeneratedRegex(@"\$(?<math>[^$\s][^$\n]{0,38}?)\$")]
    private static partial Regex MathSpan();

    // "\textbf{X}", "\emph{X}", "\mathrm{K}", "\text{ tokens}": formatting around plain words.
    [GeneratedRegex(@"\\(?:textbf|textit|texttt|emph|mathrm|mathbf|mathit|text|textsc|mbox)\{(?<body>[^{}]*)\}")]
    private static partial Regex Wrapper();

    // "\%", "\&", "\_", "\#": escaped characters.
    [GeneratedRegex(@"\\(?<c>[%&_#$])")]
    private static partial Regex Escaped();

    [GeneratedRegex(@"\\(?<name>[a-zA-Z]+)\b")]
    private static partial Regex Symbol();
}
