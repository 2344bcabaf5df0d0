using System.Text;
using GraphNews.Domain;

namespace GraphNews.Store.Neo4j;

/// <summary>
/// Turns what a user typed into a safe Lucene query for <c>db.index.fulltext.queryNodes</c>: every word
/// (a run of letters and digits) becomes a lower-case prefix term, all required. Lucene operators and
/// special characters typed by the user never reach the parser unescaped.
/// </summary>
public static class LuceneQuery
{
    private const int MaxTerms = 16;
    private const string Special = "+-&|!(){}[]^\"~*?:\\/";

    public static string? ForPrefixSearch(string input)
    {
        var terms = new List<string>();
        var word = new StringBuilder();
        foreach (var c in UnicodeText.Normalize(input, NormalizationForm.FormC).Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                terms.Add(Escape(word.ToString()) + "*");
                word.Clear();
            }
        }

        return terms.Count == 0 ? null : string.Join(" AND ", terms.Take(MaxTerms));
    }

    /// <summary>Backslash-escapes every Lucene special character.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (Special.Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
