using System.IO.Compression;

namespace GraphNews.Extraction.Ner;

/// <summary>
/// The model file: a small uncompressed header (magic, format version) followed by a Brotli stream
/// with the label set, the feature weights quantised to 16 bits and stored sparsely (only labels with a
/// non-zero weight), the transition weights and the lexicons. Version 3 adds the embedding clusters at
/// the end; a model without them is written as version 2, byte for byte what it was before they existed.
/// </summary>
public static class NerModelFormat
{
    public const int Magic = 0x52454E47; // "GNER"
    public const int Version = 3;

    /// <summary>The version of models without embedding clusters (no table at the end).</summary>
    public const int VersionWithoutEmbeddingClusters = 2;

    public static void Save(NerModel model, Stream stream)
    {
        var extractor = model.Extractor;
        var withEmbeddingClusters = extractor.EmbeddingClusters.Count > 0;
        using (var header = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            header.Write(Magic);
            header.Write(withEmbeddingClusters ? Version : VersionWithoutEmbeddingClusters);
        }

        using var compressed = new BrotliStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(compressed);
        writer.Write(EntityLabels.Types.Count);
        foreach (var type in EntityLabels.Types)
        {
            writer.Write(type);
        }

        const int L = 21;
        var maxAbs = model.Weights.Length == 0 ? 1f : model.Weights.Max(Math.Abs);
        var scale = maxAbs > 0 ? maxAbs / short.MaxValue : 1f;
        writer.Write(scale);
        var keys = model.FeatureKeys;
        writer.Write(keys.Count);
        Span<short> quantised = stackalloc short[L];
        for (var row = 0; row < keys.Count; row++)
        {
            writer.Write(keys[row]);
            byte nonZero = 0;
            for (var y = 0; y < L; y++)
            {
                quantised[y] = (short)Math.Round(model.Weights[(row * L) + y] / scale);
                nonZero += quantised[y] != 0 ? (byte)1 : (byte)0;
            }

            writer.Write(nonZero);
            for (var y = 0; y < L; y++)
            {
                if (quantised[y] != 0)
                {
                    writer.Write((byte)y);
                    writer.Write(quantised[y]);
                }
            }
        }

        foreach (var weight in model.Transitions)
        {
            writer.Write(weight);
        }

        WriteByteTable(writer, extractor.Names.Entries);
        WriteByteTable(writer, extractor.Names.PersonParts);

        writer.Write(extractor.Casing.Count);
        foreach (var (key, kind) in extractor.Casing.Entries.OrderBy(e => e.Key))
        {
            writer.Write(key);
            writer.Write((byte)kind);
        }

        WriteClusters(writer, extractor.Clusters);

        writer.Write(model.Titles.Words.Count);
        foreach (var word in model.Titles.Words.Order(StringComparer.Ordinal))
        {
            writer.Write(word);
        }

        WriteByteTable(writer, extractor.Knowledge.Phrases);
        WriteByteTable(writer, extractor.Knowledge.CueWords);
        if (withEmbeddingClusters)
        {
            WriteClusters(writer, extractor.EmbeddingClusters);
        }
    }

    private static void WriteClusters(BinaryWriter writer, WordClusters clusters)
    {
        writer.Write(clusters.Count);
        foreach (var (key, path) in clusters.Entries.OrderBy(e => e.Key))
        {
            writer.Write(key);
            writer.Write(path);
        }
    }

    /// <summary>A hash → byte table as its count and its entries in key order (so the same model gives the same bytes).</summary>
    private static void WriteByteTable(BinaryWriter writer, IReadOnlyDictionary<ulong, byte> table)
    {
        writer.Write(table.Count);
        foreach (var (key, value) in table.OrderBy(e => e.Key))
        {
            writer.Write(key);
            writer.Write(value);
        }
    }

    public static NerModel Load(Stream stream)
    {
        try
        {
            return Read(stream);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The NER model file is truncated.", e);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or ArgumentException or OverflowException)
        {
            throw new InvalidDataException("The NER model file is corrupt: " + e.Message, e);
        }
    }

    private static NerModel Read(Stream stream)
    {
        int version;
        using (var header = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            if (header.ReadInt32() != Magic)
            {
                throw new InvalidDataException("Not a GraphNews NER model file (bad magic number).");
            }

            version = header.ReadInt32();
            if (version is not (Version or VersionWithoutEmbeddingClusters))
            {
                throw new InvalidDataException($"NER model format version {version} is not supported (expected {VersionWithoutEmbeddingClusters} or {Version}).");
            }
        }

        using var compressed = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(compressed);
        var typeCount = reader.ReadInt32();
        var types = Enumerable.Range(0, typeCount).Select(_ => reader.ReadString()).ToList();
        if (!types.SequenceEqual(EntityLabels.Types))
        {
            throw new InvalidDataException($"The NER model's entity types ({string.Join(", ", types)}) differ from this build's.");
        }

        const int L = 21;
        var scale = reader.ReadSingle();
        var featureCount = reader.ReadInt32();
        if (featureCount < 0 || featureCount > 50_000_000)
        {
            throw new InvalidDataException("The NER model file declares an implausible feature count.");
        }

        var keys = new ulong[featureCount];
        var weights = new float[featureCount * L];
        for (var row = 0; row < featureCount; row++)
        {
            keys[row] = reader.ReadUInt64();
            var nonZero = reader.ReadByte();
            for (var k = 0; k < nonZero; k++)
            {
                var label = reader.ReadByte();
                var value = reader.ReadInt16();
                if (label >= L)
                {
                    throw new InvalidDataException("The NER model file has a weight for an unknown label.");
                }

                weights[(row * L) + label] = value * scale;
            }
        }

        var transitions = new float[(L + 1) * L];
        for (var i = 0; i < transitions.Length; i++)
        {
            transitions[i] = reader.ReadSingle();
        }

        var names = ReadByteTable(reader);
        var personParts = ReadByteTable(reader);

        var casing = new Dictionary<ulong, CaseClass>();
        var casingCount = reader.ReadInt32();
        for (var i = 0; i < casingCount; i++)
        {
            casing[reader.ReadUInt64()] = (CaseClass)reader.ReadByte();
        }

        var clusters = ReadClusters(reader);

        var titleCount = reader.ReadInt32();
        var titles = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < titleCount; i++)
        {
            titles.Add(reader.ReadString());
        }

        var known = ReadByteTable(reader);
        var cues = ReadByteTable(reader);
        var embeddingClusters = version == Version ? ReadClusters(reader) : WordClusters.Empty;
        var extractor = new FeatureExtractor(new PhraseLexicon(names, personParts), new CasingLexicon(casing), clusters, new KnowledgeLexicon(known, cues), embeddingClusters);
        return new NerModel(extractor, keys, weights, transitions, new PersonTitles(titles));
    }

    private static WordClusters ReadClusters(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var paths = new Dictionary<ulong, uint>(Math.Max(0, Math.Min(count, 1_000_000)));
        for (var i = 0; i < count; i++)
        {
            paths[reader.ReadUInt64()] = reader.ReadUInt32();
        }

        return new WordClusters(paths);
    }

    private static Dictionary<ulong, byte> ReadByteTable(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var table = new Dictionary<ulong, byte>(Math.Max(0, Math.Min(count, 1_000_000)));
        for (var i = 0; i < count; i++)
        {
            table[reader.ReadUInt64()] = reader.ReadByte();
        }

        return table;
    }
}
