namespace GraphNews.Extraction.Pipeline;

/// <summary>
/// A statistical recogniser: given the tokens of a document, sentence by sentence, returns one BIO
/// tag per token over the types PER, LOC, ORG, EVENT and MISC ("B-PER", "I-PER", "O", …).
/// Seeing the whole document lets it use document context (how a string was tagged earlier).
/// </summary>
public interface INamedEntityTagger
{
    IReadOnlyList<string[]> Tag(IReadOnlyList<IReadOnlyList<string>> sentences);
}
