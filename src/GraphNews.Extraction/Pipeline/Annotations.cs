using GraphNews.Extraction.KnowledgeBase;

namespace GraphNews.Extraction.Pipeline;

/// <summary>A title or role word in the text ("President", "Kremlin spokesman" → "spokesman"), tokens [FirstToken, EndToken).</summary>
public sealed record TitleMention(int FirstToken, int EndToken, RoleCue Cue, int Sentence);

/// <summary>A date expression, tokens [FirstToken, EndToken), normalised against the publication date when it can be.</summary>
public sealed record DateMention(int FirstToken, int EndToken, DateOnly? Date, int Sentence, string Text);
