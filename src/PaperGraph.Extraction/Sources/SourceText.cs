using System.Text;

namespace PaperGraph.Extraction.Sources;

/// <summary>
/// Decodes an input file strictly as UTF-8 so that a binary or mis-encoded file is refused
/// with a clear reason instead of being read as garbage papers.
/// </summary>
internal static class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>, or returns why the content is not usable text.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string? problem)
    {
        text = "";
        if (bytes.Length == 0 || bytes.Trim(" \t\r\n"u8).Length == 0)
        {
            problem = "the file is empty";
            return false;
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            problem = $"the file is binary (a NUL byte at offset {nul}), not text";
            return false;
        }

        if (bytes.StartsWith(Encoding.UTF8.Preamble))
            bytes = bytes[Encoding.UTF8.Preamble.Length..];

        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var offset = e.Index >= 0 ? e.Index : 0;
            var line = 1 + bytes[..Math.Min(offset, bytes.Length)].Count((byte)'\n');
            problem = $"the file is not UTF-8 text (invalid byte at line {line}, offset {offset})";
            return false;
        }

        problem = null;
        return true;
    }
}
