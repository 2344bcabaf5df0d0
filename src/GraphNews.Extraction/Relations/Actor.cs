using GraphNews.Extraction.Pipeline;

namespace GraphNews.Extraction.Relations;

/// <summary>An argument of a relation: the entity (index into <see cref="Document.Entities"/>) and the mention that names it.</summary>
public readonly record struct Actor(int Entity, Mention Mention)
{
    public bool IsPronoun => Mention.Form == MentionForm.Pronoun;
}
