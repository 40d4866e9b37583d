namespace PaperGraph.Extraction.Text;

/// <summary>
/// The comparison key of a name: lower-cased letters and digits only, so "GPT4", "GPT-4" and "gpt 4"
/// are one name (the same rule the gold scorer uses).
/// </summary>
public static class NameKey
{
    /// <summary>The key of <paramref name="name"/>.</summary>
    public static string Of(ReadOnlySpan<char> name)
    {
        Span<char> buffer = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        var length = Write(name, buffer);
        return new string(buffer[..length]);
    }

    /// <summary>Writes the key of <paramref name="name"/> into <paramref name="destination"/> and returns its length.</summary>
    public static int Write(ReadOnlySpan<char> name, Span<char> destination)
    {
        var length = 0;
        foreach (var c in name)
        {
            // ASCII only, as the scorer's [^0-9a-z] filter; setting bit 0x20 lower-cases an ASCII letter and keeps a digit.
            if (char.IsAsciiLetterOrDigit(c))
                destination[length++] = (char)(c | 0x20);
        }

        return length;
    }
}
