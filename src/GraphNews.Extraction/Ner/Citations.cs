using GraphNews.Extraction.KnowledgeBase;
using static GraphNews.Extraction.Ner.TokenCase;

namespace GraphNews.Extraction.Ner;

/// <summary>
/// The authors a citation names before its year are people, one per name: "(Dye &amp; Bavelier, 2010)", "(Rueda, Checa,
/// &amp; Cómbita, 2012; Laws, 2016)", "Fantoni et al., 2013", "Cruse and Croft (2004) describe". The model had read such surnames as
/// organisations ("Dye &amp; Bavelier"), places ("Checa") or nothing. A citation is: names joined by commas, "&amp;" or
/// "and", optionally "et al.", then the year, after a comma or not; inside parentheses (or after a semicolon of a list
/// of them) unless "et al." marks it, or two names or more before the year in its own parentheses. Names that
/// are no surnames stay as they are: an abbreviation ("WHO, 2010"), an organisation's head word ("Ministry of Health"),
/// a date ("December, 2012") or a name the knowledge base knows as a place or organisation ("London, 2012").
/// </summary>
public sealed class Citations(WordLists words, Func<string, bool> isDateWord, Func<IReadOnlyList<string>, int, int, bool> isKnownAsNoPerson)
{
    private const int MaxNameWords = 3;
    private const int MaxAuthors = 8;

    /// <param name="tokens">A sentence.</param>
    /// <param name="tags">Its BIO tags, rewritten in place.</param>
    public void Apply(IReadOnlyList<string> tokens, string[] tags)
    {
        for (var y = 1; y < tokens.Count; y++)
        {
            if (!IsYear(tokens[y]))
            {
                continue;
            }

            var ownParentheses = tokens[y - 1] == "(" && y + 1 < tokens.Count && tokens[y + 1] == ")";
            var end = ownParentheses || tokens[y - 1] == "," ? y - 1 : y;
            if (Authors(tokens, end) is not { } citation)
            {
                continue;
            }

            // A single name before a year in parentheses is as often a film's or a book's title ("Stoker (2013)") as an author.
            var opensList = citation.Start > 0 && tokens[citation.Start - 1] is "(" or ";";
            var marked = citation.EtAl || (ownParentheses ? citation.Names.Count > 1 : opensList && !IsLoneWordBeforeBareYear(tokens, citation, end == y));
            if (!marked || !SpanReader.IsWholeRun(tags, citation.Start, end))
            {
                continue;
            }

            Array.Fill(tags, EntityLabels.OutsideTag, citation.Start, end - citation.Start);
            foreach (var (start, nameEnd) in citation.Names)
            {
                SpanReader.Write(tags, start, nameEnd, "PER");
            }
        }
    }

    private sealed record Citation(List<(int Start, int End)> Names, bool EtAl)
    {
        public int Start => Names[0].Start;
    }

    /// <summary>The authors ending right before <paramref name="end"/>, read backwards, or null when the words there are no list of surnames.</summary>
    private Citation? Authors(IReadOnlyList<string> tokens, int end)
    {
        var i = end - 1;
        var etAl = false;
        if (i >= 1 && tokens[i] is "al." or "al" && tokens[i - 1] == "et")
        {
            (etAl, i) = (true, i - 2);
        }

        var names = new List<(int Start, int End)>();
        while (names.Count < MaxAuthors)
        {
            var nameEnd = i + 1;
            var nameStart = NameStart(tokens, nameEnd);
            if (nameStart == nameEnd)
            {
                // A comma before the first author ends the list; a joiner with no name before it is no list.
                return names.Count > 0 && tokens[nameEnd] == "," ? new Citation(names, etAl) : null;
            }

            if (isKnownAsNoPerson(tokens, nameStart, nameEnd) || Enumerable.Range(nameStart, nameEnd - nameStart).Any(k => isDateWord(tokens[k])))
            {
                return null;
            }

            names.Insert(0, (nameStart, nameEnd));
            i = nameStart - 1;
            if (i >= 0 && tokens[i] is "&" or "and")
            {
                i = i >= 1 && tokens[i - 1] == "," ? i - 2 : i - 1;
            }
            else if (i >= 0 && tokens[i] == ",")
            {
                i--;
            }
            else
            {
                break;
            }
        }

        return names.Count == 0 ? null : new Citation(names, etAl);
    }

    /// <summary>
    /// Where the surname ending before <paramref name="end"/> begins: capitalised words, with particles and hyphens inside
    /// ("van der Berg", "Morgan - Short"), at most three words; <paramref name="end"/> itself when there is none.
    /// </summary>
    private int NameStart(IReadOnlyList<string> tokens, int end)
    {
        var start = end;
        var surnameWords = 0;
        for (var k = end - 1; k >= 0; k--)
        {
            if (IsSurnameWord(tokens[k]) && surnameWords < MaxNameWords)
            {
                surnameWords++;
                start = k;
            }
            else if (!(start == k + 1 && start < end && (tokens[k] is "-" || words.Contains("person-particle", tokens[k]))))
            {
                break;
            }
        }

        return start;
    }

    /// <summary>
    /// One name of common English words right before a year with no comma is rather words of the text than an author: "(Born
    /// 1949)" in a headline written in Title Case; "(Milekic 2010)" is cited.
    /// </summary>
    private static bool IsLoneWordBeforeBareYear(IReadOnlyList<string> tokens, Citation citation, bool bareYear) =>
        bareYear && citation.Names.Count == 1 && Enumerable.Range(citation.Start, citation.Names[0].End - citation.Start).Any(k => EnglishWords.Contains(tokens[k]));

    /// <summary>A capitalised word of lower-case letters after the first ("Bavelier", "Cómbita", "McFarlane"), not a function word nor an abbreviation.</summary>
    private bool IsSurnameWord(string token) =>
        token.Length >= 2 && IsCapitalised(token) && token.Skip(1).Any(char.IsLower) && token.All(c => char.IsLetter(c) || c is '\'' or '’' or '-')
        && !words.Contains("function", token.ToLowerInvariant()) && !words.Contains("org-word", token);

    /// <summary>A year of publication: 1500–2099, with a letter for a second work of the year ("2010a").</summary>
    private static bool IsYear(string token)
    {
        var digits = token.Length == 5 && char.IsAsciiLetterLower(token[4]) ? token[..4] : token;
        return digits.Length == 4 && digits.All(char.IsAsciiDigit) && int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) is >= 1500 and < 2100;
    }
}
