using GraphNews.Domain;
using GraphNews.Extraction.KnowledgeBase;

namespace GraphNews.Extraction.Pipeline;

/// <summary>The coarse type a recogniser gives a span, as in CoNLL-style NER.</summary>
public enum MentionType
{
    Person,
    Location,
    Organization,
    Event,
    Misc,
}

/// <summary>
/// A span of tokens that names something. Recognisers create mentions; the linker decides which
/// entity each refers to (<see cref="EntityIndex"/>), possibly through a role, demonym or metonym.
/// </summary>
public sealed class Mention
{
    public required int FirstToken { get; init; }

    /// <summary>One past the last token of the span.</summary>
    public required int EndToken { get; init; }

    public required int Start { get; init; }

    public required int End { get; init; }

    public required string Text { get; init; }

    public required MentionType Type { get; set; }

    /// <summary>Which recogniser produced it, for explanations and debugging ("gazetteer", "model", …).</summary>
    public required string Origin { get; init; }

    /// <summary>The knowledge-base entry it matched, when a gazetteer recognised it.</summary>
    public KnownEntity? Known { get; set; }

    /// <summary>How the mention is used: a plain name, a demonym ("Russian"), a title ("President").</summary>
    public MentionForm Form { get; set; } = MentionForm.Name;

    /// <summary>Index into <see cref="Document.Entities"/> once linked; null while unlinked.</summary>
    public int? EntityIndex { get; set; }

    public int Sentence { get; init; }

    public override string ToString() => $"{Text} [{Type}/{Form}] @{Start}";
}

public enum MentionForm
{
    Name,
    Demonym,
    Metonym,
    Pronoun,
}

/// <summary>An entity within one article: its canonical name, label, aliases and the roles it was given.</summary>
public sealed class LinkedEntity
{
    public required EntityLabel Label { get; set; }

    public required string Name { get; set; }

    public KnownEntity? Known { get; set; }

    public SortedSet<string> Aliases { get; } = new(StringComparer.Ordinal);

    public List<Mention> Mentions { get; } = [];

    /// <summary>For people: 'm' or 'f' when a first name or the knowledge base tells; pronouns need it.</summary>
    public char? Gender { get; set; }

    /// <summary>For events: when it happens, if the text says.</summary>
    public DateOnly? Date { get; set; }

    /// <summary>A spelling-variant-folded key of the name (people), used to match later mentions.</summary>
    public string? NameKey { get; set; }

    /// <summary>For people: the key the id is made of, the name key without an article written before the family name
    /// ("Muammar el-Qaddafi" and "Muammar Qaddafi" have one id); the name key when not set.</summary>
    public string? IdKey { get; set; }

    public string Id => Known?.Id ?? EntityIds.For(Label, (IdKey ?? NameKey) is { Length: > 0 } key && Label == EntityLabel.Person ? key : Name);
}
