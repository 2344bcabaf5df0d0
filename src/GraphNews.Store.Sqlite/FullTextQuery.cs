using System.Text;
using GraphNews.Domain;

namespace GraphNews.Store.Sqlite;

/// <summary>Turns what a user typed into a safe FTS5 query: every word becomes a quoted prefix term, so no FTS syntax gets through.</summary>
internal static class FullTextQuery
{
    public static string? ToFts5(string input)
    {
        var terms = new List<string>();
        var word = new StringBuilder();
        foreach (var c in UnicodeText.Normalize(input, NormalizationForm.FormC).Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                terms.Add($"\"{word}\"*");
                word.Clear();
            }
        }

        return terms.Count == 0 ? null : string.Join(' ', terms.Take(16));
    }
}
