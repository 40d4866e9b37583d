using System.Text;

namespace PaperGraph.App.Exports;

/// <summary>Escapes text for LaTeX so that names like "E.T. Bench_v2 & 100%" typeset as written.</summary>
internal static class LatexText
{
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\\' => "\\textbackslash{}",
                '&' or '%' or '$' or '#' or '_' or '{' or '}' => "\\" + c,
                '~' => "\\textasciitilde{}",
                '^' => "\\textasciicircum{}",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
