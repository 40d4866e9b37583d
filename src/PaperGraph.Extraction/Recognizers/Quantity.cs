using System.Globalization;

namespace PaperGraph.Extraction.Recognizers;

/// <summary>
/// Parses written quantities: "128K" (128,000), "1M", "32,768", "1.5B", "1 million", "7 billion".
/// K is 1,000, M 1,000,000, B 1,000,000,000 and T 10^12, as the guideline defines.
/// </summary>
public static class Quantity
{
    /// <summary>Parses a number with an optional magnitude letter or word; false when the text is not one.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        text = text.Trim();
        var digits = 0;
        while (digits < text.Length && (char.IsAsciiDigit(text[digits]) || text[digits] is '.' or ','))
            digits++;
        if (digits == 0 || !char.IsAsciiDigit(text[0]))
            return false;
        Span<char> plain = stackalloc char[digits];
        var n = 0;
        foreach (var c in text[..digits])
        {
            if (c != ',')
                plain[n++] = c;
        }

        if (!double.TryParse(plain[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            return false;
        var multiplier = Multiplier(text[digits..].Trim());
        if (multiplier is null)
            return false;
        value = number * multiplier.Value;
        return true;
    }

    /// <summary>Parses a whole count such as a token length or parameter count; false when not one.</summary>
    public static bool TryParseCount(ReadOnlySpan<char> text, out long count)
    {
        count = 0;
        if (!TryParse(text, out var value) || value < 1 || value > 1e15)
            return false;
        count = (long)Math.Round(value);
        return true;
    }

    /// <summary>The multiplier a magnitude suffix stands for, 1 for none, null for an unknown suffix.</summary>
    public static double? Multiplier(ReadOnlySpan<char> suffix)
    {
        if (suffix.IsEmpty)
            return 1;
        if (suffix.Length == 1)
        {
            return char.ToUpperInvariant(suffix[0]) switch
            {
                'K' => 1e3,
                'M' => 1e6,
                'B' or 'G' => 1e9,
                'T' => 1e12,
                _ => null,
            };
        }

        if (suffix.Equals("thousand", StringComparison.OrdinalIgnoreCase))
            return 1e3;
        if (suffix.Equals("million", StringComparison.OrdinalIgnoreCase) || suffix.Equals("mln", StringComparison.OrdinalIgnoreCase))
            return 1e6;
        if (suffix.Equals("billion", StringComparison.OrdinalIgnoreCase) || suffix.Equals("bn", StringComparison.OrdinalIgnoreCase))
            return 1e9;
        if (suffix.Equals("trillion", StringComparison.OrdinalIgnoreCase))
            return 1e12;
        return null;
    }
}
