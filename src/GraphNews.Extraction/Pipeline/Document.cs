using GraphNews.Domain;

namespace GraphNews.Extraction.Pipeline;

/// <summary>
/// One article as it flows through the extraction pipeline. Each stage reads what earlier stages
/// added and adds its own annotations (tokens, mentions, entities, relations), as spaCy's Doc does.
/// </summary>
public sealed class Document
{
    public Document(Article article)
    {
        Article = article;
        Text = article.Text;
        Published = article.Published;
    }

    public Article Article { get; }

    /// <summary>The publication date relative dates are read against: the article's own, or the one its opening states (<c>PublicationDateStage</c>).</summary>
    public DateOnly? Published { get; set; }

    /// <summary>The text all offsets refer to: the article body.</summary>
    public string Text { get; }

    public List<Token> Tokens { get; } = [];

    /// <summary>The text of each token, parallel to <see cref="Tokens"/>, for phrase matching.</summary>
    public List<string> TokenTexts { get; } = [];

    /// <summary>Titles and role words found by the recogniser (kept out of person names).</summary>
    public List<TitleMention> Titles { get; } = [];

    /// <summary>Date expressions found by the recogniser.</summary>
    public List<DateMention> Dates { get; } = [];

    public List<Sentence> Sentences { get; } = [];

    public List<Mention> Mentions { get; } = [];

    public List<LinkedEntity> Entities { get; } = [];

    public List<GraphRelation> Relations { get; } = [];

    public ReadOnlySpan<Token> TokensOf(Sentence sentence) =>
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Tokens).Slice(sentence.FirstToken, sentence.TokenCount);

    /// <summary>
    /// Tokens [first, end) as written, with any gap between two of them (spaces, a line break, a zero-width space) as one
    /// space. A quote or bracket without its partner inside the name is left out: a name that starts inside a quoted
    /// nickname or an editor's brackets ("Eddie" Van Halen, [Alireza] Firouzja) is not named with half of them.
    /// </summary>
    public string NameOf(int firstToken, int endToken)
    {
        var name = new System.Text.StringBuilder();
        var lastEnd = -1;
        for (var i = firstToken; i < endToken; i++)
        {
            if (IsUnpaired(Tokens[i].Text, firstToken, endToken))
            {
                continue;
            }

            if (lastEnd >= 0 && Tokens[i].Start > lastEnd)
            {
                name.Append(' ');
            }

            name.Append(Tokens[i].Text);
            lastEnd = Tokens[i].End;
        }

        return name.ToString();
    }

    private bool IsUnpaired(string token, int firstToken, int endToken)
    {
        var (open, close) = token switch
        {
            "\"" => ("\"", "\""),
            "“" or "”" => ("“", "”"),
            "[" or "]" => ("[", "]"),
            "(" or ")" => ("(", ")"),
            _ => (null, null),
        };
        if (open is null)
        {
            return false;
        }

        int opens = 0, closes = 0;
        for (var i = firstToken; i < endToken; i++)
        {
            opens += Tokens[i].Text == open ? 1 : 0;
            closes += Tokens[i].Text == close ? 1 : 0;
        }

        return open == close ? opens % 2 == 1 : opens != closes;
    }
}

/// <summary>A token with its character offsets into <see cref="Document.Text"/>.</summary>
public readonly record struct Token(string Text, int Start, int End, int Sentence);

public sealed record Sentence(int Index, int Start, int End, int FirstToken, int TokenCount)
{
    public int EndToken => FirstToken + TokenCount;
}
