using System.Text;

namespace PaperGraph.Graph.Search;

/// <summary>Splits text into search terms: lower-case runs of letters and digits.</summary>
internal static class SearchTokens
{
    public static List<(string Term, int Start)> Split(string text)
    {
        var terms = new List<(string, int)>();
        var builder = new StringBuilder();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                if (builder.Length == 0)
                    start = i;
                builder.Append(char.ToLowerInvariant(text[i]));
            }
            else if (builder.Length > 0)
            {
                terms.Add((builder.ToString(), start));
                builder.Clear();
            }
        }

        return terms;
    }
}
