namespace GraphNews.Extraction.Ner;

/// <summary>Derives the model's lexicons (name phrases, usual casing) from labelled training documents.</summary>
public static class LexiconBuilder
{
    /// <summary>
    /// Name phrases and their majority type. A phrase is kept when its weighted count reaches
    /// <paramref name="minimumCount"/> and its majority type has at least <paramref name="minimumShare"/> of it.
    /// </summary>
    public static PhraseLexicon Names(IEnumerable<(ConllDocument Document, int Weight)> documents, int minimumCount = 2, double minimumShare = 0.6)
    {
        var counts = new Dictionary<ulong, int[]>();
        var partCounts = new Dictionary<(ulong Word, byte Part), int>();
        var person = EntityLabels.TypeIndex("PER");
        foreach (var (document, weight) in documents)
        {
            foreach (var sentence in document.Sentences)
            {
                foreach (var span in SpanReader.Read(sentence.Tags))
                {
                    if (span.Type == person && span.Length >= 2)
                    {
                        var given = (FeatureHash.Lower(sentence.Tokens[span.Start]), PhraseLexicon.GivenName);
                        var surname = (FeatureHash.Lower(sentence.Tokens[span.End - 1]), PhraseLexicon.Surname);
                        partCounts[given] = partCounts.GetValueOrDefault(given) + weight;
                        partCounts[surname] = partCounts.GetValueOrDefault(surname) + weight;
                    }

                    if (span.Length > PhraseLexicon.MaxPhraseLength)
                    {
                        continue;
                    }

                    var hash = PhraseLexicon.Start;
                    for (var i = span.Start; i < span.End; i++)
                    {
                        hash = PhraseLexicon.Extend(hash, FeatureHash.Lower(sentence.Tokens[i]));
                    }

                    if (!counts.TryGetValue(hash, out var byType))
                    {
                        byType = new int[EntityLabels.Types.Count];
                        counts[hash] = byType;
                    }

                    byType[span.Type] += weight;
                }
            }
        }

        var phrases = new Dictionary<ulong, byte>();
        foreach (var (hash, byType) in counts)
        {
            var total = byType.Sum();
            var best = Array.IndexOf(byType, byType.Max());
            if (total >= minimumCount && byType[best] >= minimumShare * total)
            {
                phrases[hash] = (byte)best;
            }
        }

        var parts = new Dictionary<ulong, byte>();
        foreach (var ((word, part), count) in partCounts)
        {
            if (count >= minimumCount)
            {
                parts[word] = (byte)(parts.GetValueOrDefault(word) | part);
            }
        }

        return new PhraseLexicon(phrases, parts);
    }

    /// <summary>Words whose usual form away from the sentence start is capitalised.</summary>
    public static CasingLexicon Casing(IEnumerable<IReadOnlyList<string>> sentences, int minimumCount = 2)
    {
        var counts = new Dictionary<ulong, int[]>();
        foreach (var sentence in sentences)
        {
            if (SentenceCasing.IsShouting(sentence) || SentenceCasing.IsWhispering(sentence))
            {
                continue;
            }

            for (var i = 1; i < sentence.Count; i++)
            {
                var kind = CasingLexicon.Classify(sentence[i]);
                if (kind == CaseClass.NoLetters)
                {
                    continue;
                }

                var hash = FeatureHash.Lower(sentence[i]);
                if (!counts.TryGetValue(hash, out var byKind))
                {
                    byKind = new int[4];
                    counts[hash] = byKind;
                }

                byKind[(int)kind]++;
            }
        }

        var usual = new Dictionary<ulong, CaseClass>();
        foreach (var (hash, byKind) in counts)
        {
            var best = Array.IndexOf(byKind, byKind.Max());
            if (best != (int)CaseClass.Lower && byKind.Sum() >= minimumCount)
            {
                usual[hash] = (CaseClass)best;
            }
        }

        return new CasingLexicon(usual);
    }
}
