namespace GraphNews.Stories;

/// <summary>
/// Turns an article's title and text into a sentence embedding for the text-similarity component of
/// relatedness (see <see cref="StoryOptions.TextSource"/>). Implementations live outside this project,
/// so users who do not want a model do not carry one.
/// </summary>
public interface ITextEmbedder
{
    /// <summary>An L2-normalised vector; every call of one embedder returns the same length.</summary>
    float[] Embed(string title, string text);
}
