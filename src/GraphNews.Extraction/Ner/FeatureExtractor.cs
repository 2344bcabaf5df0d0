namespace GraphNews.Extraction.Ner;

/// <summary>
/// Turns the tokens of a sentence into hashed feature keys, a fixed-stride block per token. The
/// features are the classic ones for news NER: word window, shapes, affixes, word bigrams, case,
/// position in a run of capitalised words, matches in the name lexicon, word clusters and how the
/// word is cased elsewhere in the document, the knowledge base: its known names and the cue words
/// that name the kind of a capitalised run ("… Ministry", "University of …"), and optionally a second set
/// of word clusters made from word embeddings (<see cref="EmbeddingClusters"/>).
/// </summary>
public sealed class FeatureExtractor(PhraseLexicon names, CasingLexicon casing, WordClusters clusters, KnowledgeLexicon? knowledge = null, WordClusters? embeddingClusters = null)
{
    /// <summary>Key slots per token: the most one token can fill is 74 (62 before the 12 embedding-cluster features).</summary>
    public const int Stride = 80;

    /// <summary>Slots for the features of a token's word alone: at most 23 (bias, word, exact form, shape, cue, 8 affixes, person part, 4 + 4 cluster paths).</summary>
    public const int WordStride = 24;

    private enum Template : ulong
    {
        Bias = 1,
        Word,
        Exact,
        WordPrev,
        WordNext,
        WordPrev2,
        WordNext2,
        Shape,
        ShapePrev,
        ShapeNext,
        ShapeTrigram,
        Prefix,
        Suffix,
        BigramLeft,
        BigramRight,
        Case,
        PrevWordCase,
        NextWordCase,
        CapitalRun,
        Name,
        DocumentCase,
        Cluster,
        ClusterPrev,
        ClusterNext,
        WordFirst,
        RunLastWord,
        RunFirstWord,
        WordBeforeRun,
        DocumentPreviousWord,
        DocumentNextWord,
        PersonPart,
        Known,
        WordCue,
        RunLastCue,
        RunFirstCue,
        OfPattern,
        EmbeddingCluster,
        EmbeddingClusterPrev,
        EmbeddingClusterNext,
    }

    private static readonly ulong BoundaryHash = FeatureHash.Exact("<S>");
    private static readonly ulong OfHash = FeatureHash.Lower("of");
    private static readonly ulong TheHash = FeatureHash.Lower("the");

    public PhraseLexicon Names => names;

    public CasingLexicon Casing => casing;

    public WordClusters Clusters => clusters;

    public KnowledgeLexicon Knowledge { get; } = knowledge ?? KnowledgeLexicon.Empty;

    /// <summary>
    /// Clusters of words embedded on their own by a sentence encoder (MiniLM), from far more text than our
    /// corpora; they type words the training data never saw. Empty when the model was trained without them.
    /// </summary>
    public WordClusters EmbeddingClusters { get; } = embeddingClusters ?? WordClusters.Empty;

    /// <summary>Fills <paramref name="buffer"/> with the features of every token of the sentence.</summary>
    /// <param name="seen">
    /// When given (tagging, not training), a word met before takes what the store holds of it, its word features are left
    /// out for the store's summed weights, and a new word's word features are kept apart from those of its context
    /// (<see cref="FeatureBuffer.WordKeysOf"/>) so that they can be summed and stored.
    /// </param>
    public void Extract(IReadOnlyList<string> sentence, DocumentContext document, FeatureBuffer buffer, SeenWords? seen = null)
    {
        var n = sentence.Count;
        buffer.Prepare(n);
        seen?.MakeRoom(n);
        var recase = SentenceCasing.IsShouting(sentence) || SentenceCasing.IsWhispering(sentence);
        for (var i = 0; i < n; i++)
        {
            var word = sentence[i] ?? string.Empty;
            var view = recase ? Recase(word, FeatureHash.Lower(word), i == 0) : word;
            buffer.View[i] = view;
            var entry = seen?.Find(view) ?? -1;
            var facts = entry >= 0 ? seen!.Facts(entry) : FactsOf(view, FeatureHash.Lower(word));
            buffer.Cached[i] = entry;
            buffer.Facts[i] = facts;
            buffer.Lower[i] = facts.Lower;
        }

        MarkCapitalRuns(buffer, n);
        MarkPhrases(names, buffer.Names, buffer.NameCount, buffer, n, knownFirst: false);
        MarkPhrases(Knowledge, buffer.Known, buffer.KnownCount, buffer, n, knownFirst: true);
        for (var i = 0; i < n; i++)
        {
            TokenFeatures(buffer, document, i, n, seen);
        }
    }

    /// <summary>What the word as written (<paramref name="view"/>) gives its features wherever it stands.</summary>
    private WordFacts FactsOf(string view, ulong lower)
    {
        var type = -1;
        var known = Knowledge.Count == 0 ? PhraseLookup.Absent : Knowledge.Find(PhraseLexicon.Extend(PhraseLexicon.Start, lower), out type);
        return new WordFacts(lower, CasingLexicon.Classify(view), FeatureHash.Shape(view), clusters.ClusterOf(lower), EmbeddingClusters.ClusterOf(lower), known, type);
    }

    private string Recase(string word, ulong lower, bool first)
    {
        var usual = casing.UsualCase(lower);
        if (usual == CaseClass.Lower && first)
        {
            usual = CaseClass.Title;
        }

        return CasingLexicon.Apply(word, usual);
    }

    private static void MarkCapitalRuns(FeatureBuffer buffer, int n)
    {
        var i = 0;
        while (i < n)
        {
            if (!IsCapitalised(buffer.Facts[i].Case))
            {
                buffer.Run[i] = 0;
                buffer.RunStart[i] = -1;
                i++;
                continue;
            }

            var end = i;
            while (end < n && IsCapitalised(buffer.Facts[end].Case))
            {
                end++;
            }

            var length = Math.Min(end - i, 4);
            for (var k = i; k < end; k++)
            {
                buffer.RunStart[k] = i;
                buffer.RunEnd[k] = end;
                var part = end - i == 1 ? BilouPart.Unit : k == i ? BilouPart.Begin : k == end - 1 ? BilouPart.Last : BilouPart.Inside;
                buffer.Run[k] = (byte)(1 + (length * 4) + (int)part);
            }

            i = end;
        }
    }

    /// <param name="knownFirst">Whether the first word of each match was looked up already (<see cref="WordFacts.KnownFirst"/>).</param>
    private static void MarkPhrases(IPhraseTypes lexicon, ulong[] marks, byte[] markCount, FeatureBuffer buffer, int n, bool knownFirst)
    {
        Array.Clear(markCount, 0, n);
        if (lexicon.Count == 0)
        {
            return;
        }

        var lowerWords = buffer.Lower.AsSpan(0, n);
        for (var start = 0; start < n; start++)
        {
            var bestLength = knownFirst
                ? lexicon.LongestMatch(lowerWords, start, buffer.Facts[start].KnownFirst, buffer.Facts[start].KnownFirstType, out var bestType)
                : lexicon.LongestMatch(lowerWords, start, out bestType);
            if (bestLength == 0)
            {
                continue;
            }

            var capitalised = IsCapitalised(buffer.Facts[start].Case) ? 1UL : 0UL;
            for (var k = start; k < start + bestLength; k++)
            {
                var part = bestLength == 1 ? BilouPart.Unit : k == start ? BilouPart.Begin : k == start + bestLength - 1 ? BilouPart.Last : BilouPart.Inside;
                var slot = markCount[k];
                if (slot < FeatureBuffer.MaxNamesPerToken)
                {
                    marks[(k * FeatureBuffer.MaxNamesPerToken) + slot] = FeatureHash.Combine((ulong)bestType, (ulong)part, capitalised);
                    markCount[k] = (byte)(slot + 1);
                }
            }
        }
    }

    private static bool IsCapitalised(CaseClass kind) => kind is CaseClass.Title or CaseClass.Upper or CaseClass.Mixed;

    private void TokenFeatures(FeatureBuffer buffer, DocumentContext document, int i, int n, SeenWords? seen)
    {
        var mode = seen is null ? WordFeatures.InOrder : buffer.Cached[i] >= 0 ? WordFeatures.Scored : WordFeatures.Apart;
        var keys = new KeyWriter(buffer.KeysOf(i), buffer.WordKeysOf(i), mode);
        var view = buffer.View;
        var word = buffer.Lower[i];
        var prev = i > 0 ? buffer.Lower[i - 1] : BoundaryHash;
        var next = i + 1 < n ? buffer.Lower[i + 1] : BoundaryHash;
        var prev2 = i > 1 ? buffer.Lower[i - 2] : BoundaryHash;
        var next2 = i + 2 < n ? buffer.Lower[i + 2] : BoundaryHash;
        var shape = buffer.Facts[i].Shape;
        var shapePrev = i > 0 ? buffer.Facts[i - 1].Shape : BoundaryHash;
        var shapeNext = i + 1 < n ? buffer.Facts[i + 1].Shape : BoundaryHash;
        var kind = (ulong)buffer.Facts[i].Case;
        var first = i == 0 ? 1UL : 0UL;

        if (keys.WantsWordFeatures)
        {
            keys.OfWord((ulong)Template.Bias);
            keys.OfWord(Key(Template.Word, word));
            keys.OfWord(Key(Template.Exact, FeatureHash.Exact(view[i])));
        }

        keys.InContext(Key(Template.WordPrev, prev));
        keys.InContext(Key(Template.WordNext, next));
        keys.InContext(Key(Template.WordPrev2, prev2));
        keys.InContext(Key(Template.WordNext2, next2));
        if (keys.WantsWordFeatures)
        {
            keys.OfWord(Key(Template.Shape, shape));
        }

        keys.InContext(Key(Template.ShapePrev, shapePrev));
        keys.InContext(Key(Template.ShapeNext, shapeNext));
        keys.InContext(Key(Template.ShapeTrigram, FeatureHash.Combine(shapePrev, shape, shapeNext)));
        keys.InContext(Key(Template.BigramLeft, FeatureHash.Combine(prev, word)));
        keys.InContext(Key(Template.BigramRight, FeatureHash.Combine(word, next)));
        keys.InContext(Key(Template.Case, FeatureHash.Combine(kind, first)));
        keys.InContext(Key(Template.PrevWordCase, FeatureHash.Combine(prev, kind)));
        keys.InContext(Key(Template.NextWordCase, FeatureHash.Combine(next, kind)));
        keys.InContext(Key(Template.CapitalRun, buffer.Run[i]));
        keys.InContext(Key(Template.WordFirst, FeatureHash.Combine(word, first)));

        var runStart = buffer.RunStart[i];
        if (runStart >= 0)
        {
            // The last word of a capitalised run often names its kind ("… Tower", "… Design", "… Parish").
            var part = (ulong)((buffer.Run[i] - 1) & 3);
            keys.InContext(Key(Template.RunLastWord, FeatureHash.Combine(buffer.Lower[buffer.RunEnd[i] - 1], part)));
            keys.InContext(Key(Template.RunFirstWord, FeatureHash.Combine(buffer.Lower[runStart], part)));
            keys.InContext(Key(Template.WordBeforeRun, FeatureHash.Combine(runStart > 0 ? buffer.Lower[runStart - 1] : BoundaryHash, part)));
            if (Knowledge.CueWords.Count > 0)
            {
                keys.InContext(Key(Template.RunLastCue, FeatureHash.Combine((ulong)Knowledge.CueOf(buffer.Lower[buffer.RunEnd[i] - 1]), part)));
                keys.InContext(Key(Template.RunFirstCue, FeatureHash.Combine((ulong)Knowledge.CueOf(buffer.Lower[runStart]), part)));
            }
        }

        if (Knowledge.CueWords.Count > 0)
        {
            if (keys.WantsWordFeatures && Knowledge.CueOf(word) is var cue && cue != CueWord.None)
            {
                keys.OfWord(Key(Template.WordCue, FeatureHash.Combine((ulong)cue, kind)));
            }

            OfPattern(buffer, ref keys, i, n);
        }

        if (keys.WantsWordFeatures)
        {
            var text = view[i].AsSpan();
            var affixes = Math.Min(4, text.Length - 1);
            for (var k = 1; k <= affixes; k++)
            {
                keys.OfWord(Key(Template.Prefix, FeatureHash.Lower(text[..k])));
                keys.OfWord(Key(Template.Suffix, FeatureHash.Lower(text[^k..])));
            }

            var personPart = Names.PersonPartOf(word);
            if (personPart != 0)
            {
                keys.OfWord(Key(Template.PersonPart, FeatureHash.Combine(personPart, (ulong)buffer.Facts[i].Case)));
            }
        }

        var names = buffer.NameCount[i];
        for (var k = 0; k < names; k++)
        {
            keys.InContext(Key(Template.Name, buffer.Names[(i * FeatureBuffer.MaxNamesPerToken) + k]));
        }

        var known = buffer.KnownCount[i];
        for (var k = 0; k < known; k++)
        {
            keys.InContext(Key(Template.Known, buffer.Known[(i * FeatureBuffer.MaxNamesPerToken) + k]));
        }

        if (buffer.Facts[i].Case is not (CaseClass.Lower or CaseClass.NoLetters))
        {
            if (document.HasCasingEvidence)
            {
                keys.InContext(Key(Template.DocumentCase, FeatureHash.Combine(document.Flags(word), first)));
            }

            var here = i > 0 ? buffer.Lower[i - 1] : 0;
            foreach (var previous in document.PreviousWords(word))
            {
                if (previous != here)
                {
                    keys.InContext(Key(Template.DocumentPreviousWord, previous));
                }
            }

            var after = i + 1 < n ? buffer.Lower[i + 1] : 0;
            foreach (var following in document.NextWords(word))
            {
                if (following != after)
                {
                    keys.InContext(Key(Template.DocumentNextWord, following));
                }
            }
        }

        if (keys.WantsWordFeatures)
        {
            AddClusters(ref keys, Template.Cluster, buffer.Facts[i].Cluster, ofWord: true);
        }

        AddClusters(ref keys, Template.ClusterPrev, i > 0 ? buffer.Facts[i - 1].Cluster : 0, ofWord: false);
        AddClusters(ref keys, Template.ClusterNext, i + 1 < n ? buffer.Facts[i + 1].Cluster : 0, ofWord: false);
        if (keys.WantsWordFeatures)
        {
            AddClusters(ref keys, Template.EmbeddingCluster, buffer.Facts[i].EmbeddingCluster, ofWord: true);
        }

        AddClusters(ref keys, Template.EmbeddingClusterPrev, i > 0 ? buffer.Facts[i - 1].EmbeddingCluster : 0, ofWord: false);
        AddClusters(ref keys, Template.EmbeddingClusterNext, i + 1 < n ? buffer.Facts[i + 1].EmbeddingCluster : 0, ofWord: false);
        buffer.Count[i] = keys.Count;
        buffer.WordCount[i] = keys.WordCount;
    }

    /// <summary>
    /// "X of (the) Y" between two capitalised runs ("University of Helsinki", "Bank of the West"): the
    /// cue class of X's last word, on X, on the joining words and on Y, so a cue word pulls the whole
    /// phrase into one name of its kind.
    /// </summary>
    private void OfPattern(FeatureBuffer buffer, ref KeyWriter keys, int i, int n)
    {
        var runStart = buffer.RunStart[i];
        if (runStart >= 0)
        {
            var end = buffer.RunEnd[i];
            var after = JoinedRunAfter(buffer, end, n);
            if (after > 0)
            {
                keys.InContext(Key(Template.OfPattern, FeatureHash.Combine(1, (ulong)Knowledge.CueOf(buffer.Lower[end - 1]), (ulong)(after - end))));
            }

            var before = JoinedRunBefore(buffer, runStart);
            if (before > 0)
            {
                keys.InContext(Key(Template.OfPattern, FeatureHash.Combine(2, (ulong)Knowledge.CueOf(buffer.Lower[before - 1]), (ulong)(runStart - before))));
            }

            return;
        }

        if (buffer.Lower[i] == OfHash || buffer.Lower[i] == TheHash)
        {
            var left = i;
            while (left > 0 && buffer.RunStart[left - 1] < 0 && (buffer.Lower[left - 1] == OfHash || buffer.Lower[left - 1] == TheHash))
            {
                left--;
            }

            if (left > 0 && buffer.RunStart[left - 1] >= 0 && JoinedRunAfter(buffer, left, n) > 0)
            {
                keys.InContext(Key(Template.OfPattern, FeatureHash.Combine(3, (ulong)Knowledge.CueOf(buffer.Lower[left - 1]), (ulong)(i - left))));
            }
        }
    }

    /// <summary>When "of" or "of the" at <paramref name="position"/> leads to a capitalised word, the index of that word; else 0.</summary>
    private static int JoinedRunAfter(FeatureBuffer buffer, int position, int n)
    {
        if (position + 1 >= n || buffer.Lower[position] != OfHash)
        {
            return 0;
        }

        var next = position + 1;
        if (buffer.Lower[next] == TheHash && buffer.RunStart[next] < 0)
        {
            next++;
        }

        return next < n && buffer.RunStart[next] >= 0 ? next : 0;
    }

    /// <summary>When the run starting at <paramref name="runStart"/> follows "X of" or "X of the", the end of X's run; else 0.</summary>
    private static int JoinedRunBefore(FeatureBuffer buffer, int runStart)
    {
        var position = runStart - 1;
        if (position >= 0 && buffer.Lower[position] == TheHash && buffer.RunStart[position] < 0)
        {
            position--;
        }

        return position >= 1 && buffer.Lower[position] == OfHash && buffer.RunStart[position - 1] >= 0 ? position : 0;
    }

    /// <summary>Cluster paths at a few prefix lengths, as in Ratinov and Roth (2009).</summary>
    private static void AddClusters(ref KeyWriter keys, Template template, uint path, bool ofWord)
    {
        if (path == 0)
        {
            return;
        }

        foreach (var bits in WordClusters.PrefixLengths)
        {
            var key = Key(template, FeatureHash.Combine(WordClusters.Prefix(path, bits), (ulong)bits));
            if (ofWord)
            {
                keys.OfWord(key);
            }
            else
            {
                keys.InContext(key);
            }
        }
    }

    private static ulong Key(Template template, ulong value)
    {
        var key = FeatureHash.Combine((ulong)template, value);
        return key == 0 ? 1 : key;
    }
}

/// <summary>Reusable scratch space for one sentence's features; one per thread or call, never shared.</summary>
public sealed class FeatureBuffer
{
    public const int MaxNamesPerToken = 3;

    public int Length { get; private set; }

    public ulong[] Keys { get; private set; } = [];

    public int[] Count { get; private set; } = [];

    /// <summary>Each token's lower-case hash, also in <see cref="Facts"/>: the phrase lexicons read the sentence's hashes as one span.</summary>
    public ulong[] Lower { get; private set; } = [];

    public byte[] Run { get; private set; } = [];

    public int[] RunStart { get; private set; } = [];

    public int[] RunEnd { get; private set; } = [];

    public ulong[] Names { get; private set; } = [];

    public byte[] NameCount { get; private set; } = [];

    public ulong[] Known { get; private set; } = [];

    public byte[] KnownCount { get; private set; } = [];

    public string[] View { get; private set; } = [];

    /// <summary>The features of each token's word alone, when they are kept apart (see <see cref="FeatureExtractor.Extract"/>).</summary>
    public ulong[] WordKeys { get; private set; } = [];

    public int[] WordCount { get; private set; } = [];

    /// <summary>The entry of <see cref="SeenWords"/> that holds each token's word, or -1.</summary>
    public int[] Cached { get; private set; } = [];

    /// <summary>What each token's word as written gives its features: its case, shape, clusters and first knowledge probe.</summary>
    public WordFacts[] Facts { get; private set; } = [];

    public Span<ulong> KeysOf(int token) => Keys.AsSpan(token * FeatureExtractor.Stride, FeatureExtractor.Stride);

    public Span<ulong> WordKeysOf(int token) => WordKeys.AsSpan(token * FeatureExtractor.WordStride, FeatureExtractor.WordStride);

    public void Prepare(int length)
    {
        Length = length;
        if (Count.Length >= length)
        {
            return;
        }

        var capacity = Math.Max(length, Math.Max(64, Count.Length * 2));
        Keys = new ulong[capacity * FeatureExtractor.Stride];
        Count = new int[capacity];
        WordKeys = new ulong[capacity * FeatureExtractor.WordStride];
        WordCount = new int[capacity];
        Cached = new int[capacity];
        Facts = new WordFacts[capacity];
        Lower = new ulong[capacity];
        Run = new byte[capacity];
        RunStart = new int[capacity];
        RunEnd = new int[capacity];
        Names = new ulong[capacity * MaxNamesPerToken];
        NameCount = new byte[capacity];
        Known = new ulong[capacity * MaxNamesPerToken];
        KnownCount = new byte[capacity];
        View = new string[capacity];
    }
}

/// <summary>How a token's word features (those its word carries wherever it stands) are written.</summary>
internal enum WordFeatures
{
    /// <summary>Among the others, in template order, as training reads them.</summary>
    InOrder,

    /// <summary>Apart from the others, so that tagging can sum and keep them per word.</summary>
    Apart,

    /// <summary>Not at all: their summed weights are known.</summary>
    Scored,
}

/// <summary>Writes one token's feature keys, its word features where <see cref="WordFeatures"/> says.</summary>
internal ref struct KeyWriter(Span<ulong> keys, Span<ulong> wordKeys, WordFeatures mode)
{
    private readonly Span<ulong> keys = keys;
    private readonly Span<ulong> wordKeys = wordKeys;

    public int Count { get; private set; }

    public int WordCount { get; private set; }

    public readonly bool WantsWordFeatures => mode != WordFeatures.Scored;

    public void InContext(ulong key) => keys[Count++] = key;

    public void OfWord(ulong key)
    {
        if (mode == WordFeatures.InOrder)
        {
            keys[Count++] = key;
        }
        else
        {
            wordKeys[WordCount++] = key;
        }
    }
}
