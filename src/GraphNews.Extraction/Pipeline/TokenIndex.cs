namespace GraphNews.Extraction.Pipeline;

/// <summary>For each token, the mention, title and date expression covering it (null when none): constant-time lookups for the rule stages.</summary>
public sealed class TokenIndex
{
    private TokenIndex(int count)
    {
        Mentions = new Mention?[count];
        Titles = new TitleMention?[count];
        Dates = new DateMention?[count];
    }

    public Mention?[] Mentions { get; }

    public TitleMention?[] Titles { get; }

    public DateMention?[] Dates { get; }

    public static TokenIndex Build(Document document)
    {
        var index = new TokenIndex(document.Tokens.Count);
        foreach (var mention in document.Mentions)
        {
            for (var i = mention.FirstToken; i < mention.EndToken; i++)
            {
                index.Mentions[i] = mention;
            }
        }

        foreach (var title in document.Titles)
        {
            for (var i = title.FirstToken; i < title.EndToken; i++)
            {
                index.Titles[i] ??= title;
            }
        }

        foreach (var date in document.Dates)
        {
            for (var i = date.FirstToken; i < date.EndToken; i++)
            {
                index.Dates[i] = date;
            }
        }

        return index;
    }
}
