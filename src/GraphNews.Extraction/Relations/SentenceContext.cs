using GraphNews.Domain;
using GraphNews.Extraction.KnowledgeBase;
using GraphNews.Extraction.Pipeline;

namespace GraphNews.Extraction.Relations;

/// <summary>One sentence of an annotated document, with the word-level questions the relation rules ask about it.</summary>
public sealed class SentenceContext(Document document, TokenIndex index, Knowledge knowledge, Sentence sentence, Func<string, int?> ensureKnown)
{
    /// <summary>The index of a knowledge-base entity in the document, adding it when the text has not named it yet.</summary>
    public int? EnsureKnown(string knownId) => ensureKnown(knownId);

    public Document Document { get; } = document;

    public TokenIndex Index { get; } = index;

    public Knowledge Knowledge { get; } = knowledge;

    public Sentence Sentence { get; } = sentence;

    public int First => Sentence.FirstToken;

    public int End => Sentence.EndToken;

    public List<string> Tokens => Document.TokenTexts;

    public string Word(int i) => i >= First && i < End ? Document.TokenTexts[i] : "";

    public bool Is(string list, int i) => i >= First && i < End && Knowledge.Words.Contains(list, Document.TokenTexts[i]);

    public Mention? MentionAt(int i) => i >= First && i < End ? Index.Mentions[i] : null;

    public TitleMention? TitleAt(int i) => i >= First && i < End ? Index.Titles[i] : null;

    /// <summary>The linked entity a mention stands for, or null (unlinked names, unresolved pronouns).</summary>
    public Actor? ActorOf(Mention? mention) =>
        mention?.EntityIndex is { } entity ? new Actor(entity, mention) : null;

    public LinkedEntity EntityOf(Actor actor) => Document.Entities[actor.Entity];

    public bool IsLowerWord(int i)
    {
        var w = Word(i);
        return w.Length > 0 && char.IsLower(w[0]);
    }

    /// <summary>Lower-case words inside a noun phrase before its head ("direct", "recent", "full-scale").</summary>
    public bool IsModifierWord(int i) =>
        IsLowerWord(i) && !Is("function", i) && !Is("aux", i) && !Is("determiner", i) && !Is("clause-break", i)
        && Knowledge.Reporting.Match(Tokens, i, End) is null && Knowledge.Triggers.Match(Tokens, i, End) is null;

    /// <summary>True when tokens at <paramref name="i"/> start a new clause: ';', ':', or a comma before a clause word ("…, which").</summary>
    public bool IsClauseBoundary(int i)
    {
        var w = Word(i);
        return w is ";" or ":" or "(" or ")" || (w == "," && Is("clause-break", i + 1)) || Is("clause-break", i) && Word(i - 1) == ",";
    }

    /// <summary>The first token after <paramref name="from"/> that ends its clause (or the sentence end).</summary>
    public int ClauseEnd(int from)
    {
        for (var i = from; i < End; i++)
        {
            if (IsClauseBoundary(i))
            {
                return i;
            }
        }

        return End;
    }

    public bool IsActorLabel(Actor actor) => EntityOf(actor).Label is EntityLabel.Person or EntityLabel.Country or EntityLabel.Organization;
}
