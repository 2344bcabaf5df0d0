namespace GraphNews.Extraction.KnowledgeBase;

/// <summary>Reads the tab-separated data files embedded from <c>Data/</c>; lines starting with '#' are comments.</summary>
public static class DataFiles
{
    public static IReadOnlyList<string[]> ReadTsv(string fileName)
    {
        var resource = "GraphNews.Extraction.Data." + fileName;
        using var stream = typeof(DataFiles).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The data file '{fileName}' is missing from the GraphNews.Extraction assembly.");
        using var reader = new StreamReader(stream);
        return ParseTsv(reader);
    }

    public static IReadOnlyList<string[]> ParseTsv(TextReader reader)
    {
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            rows.Add(line.Split('\t').Select(cell => cell.Trim()).ToArray());
        }

        return rows;
    }

    /// <summary>
    /// Marks a row the rules and the linking read but the statistical NER model does not take as a feature: the model
    /// was trained without it, and adding a feature means a retraining measured over several seeds (`Ner/README.md`).
    /// </summary>
    public const string NotAModelFeature = "not-a-model-feature";

    /// <summary>The cell at <paramref name="index"/>, or "" when the row is shorter.</summary>
    public static string Cell(this string[] row, int index) => index < row.Length ? row[index] : "";

    /// <summary>A ';'-separated cell as its non-empty parts.</summary>
    public static string[] List(this string[] row, int index) =>
        row.Cell(index).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
