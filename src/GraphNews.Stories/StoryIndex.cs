using GraphNews.Domain;

namespace GraphNews.Stories;

/// <summary>
/// The in-memory index of article signatures: inverted postings from entities, facts and terms to
/// articles, and document frequencies for rarity. Finds the candidates worth scoring for a new
/// article without looking at every stored one: keys that are too common are skipped and only the
/// most recent part of each posting list is scanned, so the cost per article is bounded.
/// </summary>
/// <remarks>Not thread-safe; <see cref="StoryService"/> serialises access.</remarks>
/// <param name="background">How many reports of general news have each term, counted beside the stored articles when terms are weighed (see <see cref="StoryOptions.BackgroundWeight"/>).</param>
internal sealed class StoryIndex(StoryOptions options, BackgroundTerms? background = null)
{
    private readonly BackgroundTerms background = background ?? BackgroundTerms.None;
    private readonly List<IndexedArticle?> slots = [];
    private readonly Dictionary<string, int> slotById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> keyIds = new(StringComparer.Ordinal);
    private readonly List<KeyStats> keys = [];
    private readonly Dictionary<int, KeyStats> terms = [];
    private readonly Dictionary<string, SignatureEntity> entityNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> strings = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Id, bool InTitle), SignatureEntity> interned = [];

    public int Count { get; private set; }

    public IndexedArticle? Find(string articleId) => slotById.TryGetValue(articleId, out var slot) ? slots[slot] : null;

    public IEnumerable<IndexedArticle> Articles => slots.OfType<IndexedArticle>();

    public string EntityName(string entityId) => entityNames.TryGetValue(entityId, out var e) ? e.Name : entityId;

    /// <summary>
    /// One shared instance of each fact key, entity id and kind: the same few thousand strings recur in
    /// every article, and a signature read back from the store would otherwise hold copies of its own.
    /// </summary>
    private string Pooled(string value)
    {
        if (strings.TryGetValue(value, out var pooled))
        {
            return pooled;
        }

        strings[value] = value;
        return value;
    }

    private SignatureFact Pooled(SignatureFact fact) => fact with
    {
        Key = Pooled(fact.Key),
        Type = Pooled(fact.Type),
        SourceId = Pooled(fact.SourceId),
        TargetId = Pooled(fact.TargetId),
        TopicIds = fact.TopicIds.Count == 0 ? [] : fact.TopicIds.Select(Pooled).ToArray(),
    };

    public IndexedArticle Add(ArticleSignature signature)
    {
        if (slotById.ContainsKey(signature.ArticleId))
        {
            throw new InvalidOperationException($"Article {signature.ArticleId} is already indexed.");
        }

        var entities = signature.Entities.Select(Intern).ToList();
        var entityKeys = entities.Select(e => (KeyId(EntityKey(e.Id)), options.LabelFactor(e.Label))).ToArray();
        var factKeys = signature.Facts.Select(f => (KeyId(FactKey(f.Key)), f.Structural ? options.StructuralFactFactor : 1.0))
            .Concat(signature.Facts.Where(f => !f.Structural).Select(f => (KeyId(f.PairKey), options.PairFactFactor)))
            .DistinctBy(k => k.Item1)
            .ToArray();
        // Name words ("rossello", "humberto") match one entity the extractor named two ways in two articles.
        var nameKeys = entities.Where(e => e.Label != EntityLabel.Country)
            .SelectMany(e => TextTerms.NameWords(e.Name).Select(w => (Key: KeyId(NameKey(w)), Factor: options.LabelFactor(e.Label))))
            .GroupBy(k => k.Key)
            .Select(g => (g.Key, Factor: g.Max(k => k.Factor)))
            .ToArray();
        var termOrder = Enumerable.Range(0, signature.Terms.Count).OrderBy(i => signature.Terms[i]).ToArray();
        // The terms live on as hash-sorted arrays only; the signature's own lists would double their memory.
        var article = new IndexedArticle(
            slots.Count,
            signature with
            {
                Entities = entities,
                Facts = signature.Facts.Select(Pooled).ToArray(),
                HeadlineKinds = signature.HeadlineKinds.Select(Pooled).ToArray(),
                Kinds = signature.Kinds.Select(Pooled).ToArray(),
                Terms = [],
                TermFrequencies = [],
                Embedding = null,
            },
            entityKeys.Select(k => k.Item1).ToArray(),
            entityKeys.Select(k => k.Item2).ToArray(),
            factKeys.Select(k => k.Item1).ToArray(),
            factKeys.Select(k => k.Item2).ToArray(),
            termOrder.Select(i => signature.Terms[i]).ToArray(),
            termOrder.Select(i => signature.TermFrequencies[i]).ToArray(),
            nameKeys.Select(k => k.Key).ToArray(),
            nameKeys.Select(k => k.Factor).ToArray(),
            signature.Embedding?.ToArray() ?? []);
        slots.Add(article);
        slotById[signature.ArticleId] = article.Slot;
        Count++;
        foreach (var key in article.EntityKeys.Concat(article.FactKeys).Concat(article.NameKeys).Distinct())
        {
            keys[key].Add(article.Slot);
        }

        foreach (var term in article.Terms)
        {
            if (!terms.TryGetValue(term, out var stats))
            {
                terms[term] = stats = new KeyStats { Background = background.Count(term) };
            }

            stats.Add(article.Slot);
        }

        return article;
    }

    /// <summary>
    /// One shared record per entity and headline flag, so a hub entity named in thousands of articles is
    /// stored twice, not thousands of times; its name and label are the first article's. Whether this
    /// article's headline names it stays this article's own.
    /// </summary>
    private SignatureEntity Intern(SignatureEntity entity)
    {
        if (!interned.TryGetValue((entity.Id, entity.InTitle), out var shared))
        {
            shared = entityNames.TryGetValue(entity.Id, out var first) ? first with { InTitle = entity.InTitle } : entity;
            entityNames.TryAdd(entity.Id, shared);
            interned[(entity.Id, entity.InTitle)] = shared;
        }

        return shared;
    }

    /// <summary>Removes an article; its postings are dropped lazily (skipped when scanned, compacted when a list is mostly stale).</summary>
    public bool Remove(string articleId)
    {
        if (!slotById.Remove(articleId, out var slot))
        {
            return false;
        }

        var article = slots[slot]!;
        slots[slot] = null;
        Count--;
        foreach (var key in article.EntityKeys.Concat(article.FactKeys).Concat(article.NameKeys).Distinct())
        {
            keys[key].Remove(slot, slots);
        }

        foreach (var term in article.Terms)
        {
            terms[term].Remove(slot, slots);
        }

        return true;
    }

    /// <summary>Smoothed inverse document frequency: positive even when every article has the key, so tiny indexes still weigh shared entities.</summary>
    public double Idf(int documentFrequency) => Idf(documentFrequency, Count);

    private static double Idf(double documentFrequency, double documents) => Math.Log(1 + ((documents + 1.0) / (documentFrequency + 1.0)));

    public double KeyIdf(int key) => Idf(keys[key].DocumentFrequency);

    /// <summary>
    /// A term's weight counts the background's reports beside the stored articles: in a collection of a few events each
    /// reported many times, the words of each event ("quake", "Assange") are in a tenth of the articles, and without the
    /// background they would weigh as little as "said". Entities and facts stay judged by the stored articles alone,
    /// since whether a name is the news depends on what the collection is about (see <see cref="KeyRarity"/>).
    /// </summary>
    public double TermIdf(int term) => Idf(
        terms.TryGetValue(term, out var stats) ? stats.DocumentFrequency + (options.BackgroundWeight * stats.Background) : options.BackgroundWeight * background.Count(term),
        Count + (options.BackgroundWeight * background.Documents));

    public string KeyText(int key) => keys[key].Text;

    /// <summary>
    /// How rare an entity or name word is, from 1 (in at most <see cref="StoryOptions.RareKeyShare"/> of the
    /// articles, and at least the two that share it) down towards 0 (every article has it). The share, not
    /// a count, makes the people and places of a seminal event that a hundred outlets report still rare.
    /// </summary>
    public double EntityRarity(string entityId) => Rarity(EntityKey(entityId));

    /// <inheritdoc cref="EntityRarity"/>
    public double NameWordRarity(string word) => Rarity(NameKey(word));

    private double Rarity(string key) => keyIds.TryGetValue(key, out var id) ? KeyRarity(id) : 1;

    /// <inheritdoc cref="EntityRarity"/>
    public double KeyRarity(int key) => Math.Min(1, KeyIdf(key) / Idf(Math.Max(2, (int)(options.RareKeyShare * Count))));

    /// <summary>Articles sharing rare keys with <paramref name="article"/>, best first by the summed rarity of what they share.</summary>
    public IReadOnlyList<IndexedArticle> Candidates(IndexedArticle article)
    {
        var cap = Math.Max(options.MinPostingCap, (int)(options.MaxPostingShare * Count));
        var votes = new Dictionary<int, double>();
        void Scan(KeyStats stats, double weight, bool distantToo)
        {
            if (stats.DocumentFrequency > cap)
            {
                return;
            }

            var postings = stats.Postings;
            var scanned = 0;
            for (var i = postings.Count - 1; i >= 0 && scanned < options.MaxPostingScan; i--)
            {
                var slot = postings[i];
                if (slot == article.Slot || slots[slot] is not { } other)
                {
                    continue;
                }

                scanned++;
                if (WithinWindow(article, other))
                {
                    votes[slot] = votes.GetValueOrDefault(slot) + weight;
                }
                else if (distantToo)
                {
                    votes[slot] = votes.GetValueOrDefault(slot) + (weight * options.DistantCandidateFactor);
                }
            }
        }

        for (var i = 0; i < article.EntityKeys.Length; i++)
        {
            Scan(keys[article.EntityKeys[i]], article.EntityFactors[i] * KeyIdf(article.EntityKeys[i]), distantToo: true);
        }

        for (var i = 0; i < article.NameKeys.Length; i++)
        {
            Scan(keys[article.NameKeys[i]], article.NameFactors[i] * KeyIdf(article.NameKeys[i]) / 2, distantToo: false);
        }

        for (var i = 0; i < article.FactKeys.Length; i++)
        {
            Scan(keys[article.FactKeys[i]], 2 * article.FactFactors[i] * KeyIdf(article.FactKeys[i]), distantToo: true);
        }

        var rareTerms = Enumerable.Range(0, article.Terms.Length)
            .Select(i => (Term: article.Terms[i], Weight: article.TermFrequencies[i] * TermIdf(article.Terms[i])))
            .OrderByDescending(t => t.Weight).ThenBy(t => t.Term)
            .Take(options.CandidateTerms);
        foreach (var (term, weight) in rareTerms)
        {
            Scan(terms[term], weight / 4, distantToo: false);
        }

        // Top-k by a bounded min-heap: sorting every voter would cost more than scoring the best.
        var best = new PriorityQueue<int, (double Vote, int NegativeSlot)>(options.MaxCandidates + 1);
        foreach (var (slot, vote) in votes)
        {
            best.Enqueue(slot, (vote, -slot));
            if (best.Count > options.MaxCandidates)
            {
                best.Dequeue();
            }
        }

        var candidates = new List<IndexedArticle>(best.Count);
        while (best.TryDequeue(out var slot, out _))
        {
            candidates.Add(slots[slot]!);
        }

        candidates.Reverse();
        return candidates;
    }

    private bool WithinWindow(IndexedArticle a, IndexedArticle b) =>
        a.Signature.Published is not { } x || b.Signature.Published is not { } y || Math.Abs(x.DayNumber - y.DayNumber) <= options.CandidateWindowDays;

    private int KeyId(string key)
    {
        if (!keyIds.TryGetValue(key, out var id))
        {
            id = keys.Count;
            keyIds[key] = id;
            keys.Add(new KeyStats { Text = key });
        }

        return id;
    }

    private static string EntityKey(string entityId) => "entity\u001f" + entityId;

    private static string NameKey(string word) => "name\u001f" + word;

    private static string FactKey(string factKey) => "fact\u001f" + factKey;

    private sealed class KeyStats
    {
        public string Text { get; init; } = "";

        public List<int> Postings { get; } = [];

        /// <summary>Reports of the background that have the term (0 for entities, names and facts).</summary>
        public int Background { get; init; }

        public int DocumentFrequency { get; private set; }

        public void Add(int slot)
        {
            Postings.Add(slot);
            DocumentFrequency++;
        }

        public void Remove(int slot, List<IndexedArticle?> slots)
        {
            DocumentFrequency--;
            if (Postings.Count > 2 * DocumentFrequency + 8)
            {
                Postings.RemoveAll(s => slots[s] is null);
            }
        }
    }
}

/// <summary>An indexed article: its signature and its keys as ids, terms sorted by hash for merge joins.</summary>
internal sealed record IndexedArticle(
    int Slot,
    ArticleSignature Signature,
    int[] EntityKeys,
    double[] EntityFactors,
    int[] FactKeys,
    double[] FactFactors,
    int[] Terms,
    float[] TermFrequencies,
    int[] NameKeys,
    double[] NameFactors,
    sbyte[] Embedding)
{
    public string Id => Signature.ArticleId;
}
