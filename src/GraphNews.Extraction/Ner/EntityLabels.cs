namespace GraphNews.Extraction.Ner;

/// <summary>
/// The entity types and the two tag encodings: BIO on the outside (files, the pipeline) and BILOU
/// inside the model, where a span's last token and single-token spans get their own labels.
/// </summary>
public static class EntityLabels
{
    public static readonly IReadOnlyList<string> Types = ["PER", "LOC", "ORG", "EVENT", "MISC"];

    /// <summary>Label 0 is O; label 1 + 4·type + k is B, I, L, U (k = 0..3) of that type.</summary>
    public static readonly int Count = 1 + 4 * Types.Count;

    public const int Outside = 0;

    private static readonly string[] BioTags = BuildBioTags();

    public static string OutsideTag => "O";

    /// <summary>Whether a BIO tag ("B-PER", "I-PER") is part of a person's name.</summary>
    public static bool IsPersonTag(string tag) => tag.EndsWith("-PER", StringComparison.Ordinal);

    public static int Of(int type, BilouPart part) => 1 + 4 * type + (int)part;

    public static int TypeOf(int label) => label == Outside ? -1 : (label - 1) / 4;

    public static BilouPart PartOf(int label) => label == Outside ? BilouPart.None : (BilouPart)((label - 1) % 4);

    public static int TypeIndex(string type)
    {
        for (var i = 0; i < Types.Count; i++)
        {
            if (string.Equals(Types[i], type, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The BIO tag of a BILOU label, as a shared string (no allocation per token).</summary>
    public static string BioTag(int label) => BioTags[label];

    /// <summary>Whether <paramref name="next"/> may follow <paramref name="previous"/> (−1 = sentence start).</summary>
    public static bool CanFollow(int previous, int next)
    {
        var previousPart = previous < 0 ? BilouPart.None : PartOf(previous);
        var nextPart = PartOf(next);
        var insideSpan = previousPart is BilouPart.Begin or BilouPart.Inside;
        if (insideSpan)
        {
            return nextPart is BilouPart.Inside or BilouPart.Last && TypeOf(next) == TypeOf(previous);
        }

        return nextPart is BilouPart.None or BilouPart.Begin or BilouPart.Unit;
    }

    /// <summary>Whether a sentence may end on this label (not inside an open span).</summary>
    public static bool CanEnd(int label) => PartOf(label) is BilouPart.None or BilouPart.Last or BilouPart.Unit;

    /// <summary>
    /// BIO tags to BILOU labels. Unknown types become O; an I- without a matching open span starts a
    /// new one (as conlleval reads it), so any tag sequence gives a valid BILOU sequence.
    /// </summary>
    public static int[] FromBio(IReadOnlyList<string> tags)
    {
        var labels = new int[tags.Count];
        foreach (var span in SpanReader.Read(tags))
        {
            Write(labels, span.Start, span.End, span.Type);
        }

        return labels;
    }

    /// <summary>Labels tokens [start, end) as one name of <paramref name="type"/> (BILOU: Unit, or Begin … Inside … Last).</summary>
    public static void Write(int[] labels, int start, int end, int type)
    {
        if (end - start == 1)
        {
            labels[start] = Of(type, BilouPart.Unit);
            return;
        }

        labels[start] = Of(type, BilouPart.Begin);
        for (var i = start + 1; i < end - 1; i++)
        {
            labels[i] = Of(type, BilouPart.Inside);
        }

        labels[end - 1] = Of(type, BilouPart.Last);
    }

    public static string[] ToBio(ReadOnlySpan<int> labels)
    {
        var tags = new string[labels.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            tags[i] = BioTags[labels[i]];
        }

        return tags;
    }

    private static string[] BuildBioTags()
    {
        var tags = new string[Count];
        tags[Outside] = "O";
        for (var type = 0; type < Types.Count; type++)
        {
            tags[Of(type, BilouPart.Begin)] = "B-" + Types[type];
            tags[Of(type, BilouPart.Inside)] = "I-" + Types[type];
            tags[Of(type, BilouPart.Last)] = "I-" + Types[type];
            tags[Of(type, BilouPart.Unit)] = "B-" + Types[type];
        }

        return tags;
    }
}

public enum BilouPart
{
    Begin = 0,
    Inside = 1,
    Last = 2,
    Unit = 3,
    None = 4,
}

/// <summary>An entity span [Start, End) of a type index into <see cref="EntityLabels.Types"/>.</summary>
public readonly record struct EntitySpan(int Start, int End, int Type)
{
    public int Length => End - Start;
}

/// <summary>Reads entity spans out of BIO tags, conlleval style, and writes them back.</summary>
public static class SpanReader
{
    /// <summary>The words of tokens [start, end) joined by single spaces: a name's text as the document-level passes compare it.</summary>
    public static string Text(IReadOnlyList<string> tokens, int start, int end) =>
        end - start == 1 ? tokens[start] : string.Join(' ', Enumerable.Range(start, end - start).Select(i => tokens[i]));

    /// <summary>Where the name holding token <paramref name="index"/> begins: back over its I- tags.</summary>
    public static int StartOf(string[] tags, int index)
    {
        while (index > 0 && tags[index].StartsWith("I-", StringComparison.Ordinal))
        {
            index--;
        }

        return index;
    }

    /// <summary>Where the name holding token <paramref name="index"/> ends: past the I- tags after it.</summary>
    public static int EndOf(string[] tags, int index)
    {
        var end = index + 1;
        while (end < tags.Length && tags[end].StartsWith("I-", StringComparison.Ordinal))
        {
            end++;
        }

        return end;
    }

    /// <summary>No name runs into tokens [start, end) from outside them, so they can be tagged anew without cutting one.</summary>
    public static bool IsWholeRun(string[] tags, int start, int end) =>
        !tags[start].StartsWith("I-", StringComparison.Ordinal) && (end >= tags.Length || !tags[end].StartsWith("I-", StringComparison.Ordinal));

    /// <summary>
    /// Every name of a document (of those <paramref name="which"/> accepts, all by default) whose text <paramref name="types"/>
    /// gives another type takes that type: what a document says a name is, it is wherever the document names it.
    /// </summary>
    public static void RetypeEverywhere(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<string[]> tags, IReadOnlyDictionary<string, string> types, Func<EntitySpan, bool>? which = null)
    {
        for (var s = 0; s < sentences.Count; s++)
        {
            foreach (var span in Read(tags[s]))
            {
                if ((which is null || which(span)) && types.TryGetValue(Text(sentences[s], span.Start, span.End), out var type) && EntityLabels.Types[span.Type] != type)
                {
                    Write(tags[s], span.Start, span.End, type);
                }
            }
        }
    }

    /// <summary>Tags tokens [start, end) as one name of <paramref name="type"/> ("LOC": B-LOC, I-LOC, …).</summary>
    public static void Write(string[] tags, int start, int end, string type)
    {
        tags[start] = "B-" + type;
        Array.Fill(tags, "I-" + type, start + 1, end - start - 1);
    }

    /// <summary>
    /// Joins neighbouring names, with what lies between them, into one name of the type <paramref name="joinedType"/> gives
    /// for the pair (null leaves them apart). A joined name is the first of the next pair, so a chain joins whole.
    /// </summary>
    public static void JoinNeighbours(string[] tags, Func<EntitySpan, EntitySpan, string?> joinedType)
    {
        var spans = Read(tags);
        for (var k = 1; k < spans.Count; k++)
        {
            if (joinedType(spans[k - 1], spans[k]) is not { } type)
            {
                continue;
            }

            Write(tags, spans[k - 1].Start, spans[k].End, type);
            spans[k] = new EntitySpan(spans[k - 1].Start, spans[k].End, EntityLabels.TypeIndex(type));
        }
    }

    public static List<EntitySpan> Read(IReadOnlyList<string> tags)
    {
        var spans = new List<EntitySpan>();
        var start = -1;
        var type = -1;
        for (var i = 0; i < tags.Count; i++)
        {
            var (prefix, tagType) = Parse(tags[i]);
            var continues = prefix == 'I' && tagType == type && start >= 0;
            if (continues)
            {
                continue;
            }

            if (start >= 0)
            {
                spans.Add(new EntitySpan(start, i, type));
            }

            (start, type) = prefix is 'B' or 'I' && tagType >= 0 ? (i, tagType) : (-1, -1);
        }

        if (start >= 0)
        {
            spans.Add(new EntitySpan(start, tags.Count, type));
        }

        return spans;
    }

    /// <summary>Spans of BILOU labels, read the same way as their BIO tags (no strings built).</summary>
    public static List<EntitySpan> FromLabels(ReadOnlySpan<int> labels)
    {
        var spans = new List<EntitySpan>();
        var start = -1;
        var type = -1;
        for (var i = 0; i < labels.Length; i++)
        {
            var part = EntityLabels.PartOf(labels[i]);
            var labelType = EntityLabels.TypeOf(labels[i]);
            var continues = part is BilouPart.Inside or BilouPart.Last && labelType == type && start >= 0;
            if (continues)
            {
                continue;
            }

            if (start >= 0)
            {
                spans.Add(new EntitySpan(start, i, type));
            }

            (start, type) = part == BilouPart.None ? (-1, -1) : (i, labelType);
        }

        if (start >= 0)
        {
            spans.Add(new EntitySpan(start, labels.Length, type));
        }

        return spans;
    }

    private static (char Prefix, int Type) Parse(string? tag)
    {
        if (tag is null || tag.Length < 3 || tag[1] != '-' || tag[0] is not ('B' or 'I'))
        {
            return ('O', -1);
        }

        return (tag[0], EntityLabels.TypeIndex(tag[2..]));
    }
}
