using System.Globalization;

namespace PaperGraph.GraphQL.Execution;

/// <summary>Number handling shared by scalar coercion, matching JavaScript where results are visible.</summary>
internal static class Numbers
{
    /// <summary>Reads any CLR number as a double.</summary>
    public static bool TryGetDouble(object? value, out double result)
    {
        switch (value)
        {
            case int i: result = i; return true;
            case long l: result = l; return true;
            case double d: result = d; return true;
            case float f: result = f; return true;
            case decimal m: result = (double)m; return true;
            case short s: result = s; return true;
            case byte b: result = b; return true;
            case sbyte sb: result = sb; return true;
            case ushort us: result = us; return true;
            case uint ui: result = ui; return true;
            case ulong ul: result = ul; return true;
            default: result = 0; return false;
        }
    }

    /// <summary>Whether a value is a number with no fractional part.</summary>
    public static bool IsInteger(object value) =>
        value is int or long or short or byte or sbyte or ushort or uint or ulong
        || (TryGetDouble(value, out var d) && double.IsFinite(d) && Math.Floor(d) == d);

    /// <summary>Formats a number the way JavaScript's String(number) does for common values.</summary>
    public static string Format(object value)
    {
        if (value is double or float or decimal)
        {
            TryGetDouble(value, out var d);
            if (Math.Floor(d) == d && Math.Abs(d) < 1e21)
            {
                return d.ToString("0", CultureInfo.InvariantCulture);
            }
            return d.ToString("R", CultureInfo.InvariantCulture);
        }
        return Convert.ToString(value, CultureInfo.InvariantCulture)!;
    }
}
