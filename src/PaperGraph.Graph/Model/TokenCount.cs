using System.Globalization;

namespace PaperGraph.Graph.Model;

/// <summary>Reads a token count as users write it: <c>128000</c>, <c>32,768</c>, <c>128K</c>, <c>1M</c>, <c>1.5M</c>.</summary>
public static class TokenCount
{
    /// <summary>Parses a token count; K means 1,000 and M 1,000,000.</summary>
    public static bool TryParse(string? text, out long tokens)
    {
        tokens = 0;
        var span = (text ?? "").Trim().Replace(",", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).AsSpan();
        if (span.Length == 0)
            return false;
        var scale = char.ToUpperInvariant(span[^1]) switch { 'K' => 1_000m, 'M' => 1_000_000m, 'B' => 1_000_000_000m, _ => 1m };
        if (scale != 1m)
            span = span[..^1].TrimEnd();
        if (!decimal.TryParse(span, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            return false;
        var value = number * scale;
        if (value < 0 || value > long.MaxValue || value != decimal.Truncate(value))
            return false;
        tokens = (long)value;
        return true;
    }

    /// <summary>Writes a token count the short way people read it: 128000 as 128K, 1000000 as 1M.</summary>
    public static string Format(long tokens) => tokens switch
    {
        >= 1_000_000 when tokens % 1_000_000 == 0 => (tokens / 1_000_000).ToString(CultureInfo.InvariantCulture) + "M",
        >= 1_000 when tokens % 1_000 == 0 => (tokens / 1_000).ToString(CultureInfo.InvariantCulture) + "K",
        _ => tokens.ToString(CultureInfo.InvariantCulture),
    };
}
