using GraphNews.Extraction.Ner;

namespace GraphNews.Extraction.Tests.Ner;

public sealed class NerCorpusTests
{
    [Fact]
    public void Dev_sets_are_the_three_corpora_in_order_then_any_other_folder_holding_a_dev_file()
    {
        var directory = Directory.CreateTempSubdirectory("graphnews-ner-sets-").FullName;
        try
        {
            foreach (var name in new[] { "wikigold", "sports", "gmb", "business", "empty" })
            {
                Directory.CreateDirectory(Path.Combine(directory, name));
                if (name != "empty")
                {
                    File.WriteAllText(Path.Combine(directory, name, "dev.conll"), "-DOCSTART-\tO\n\nLONDON\tB-LOC\n\n");
                }
            }

            var sets = NerCorpus.DevSets(directory);

            Assert.Equal(["gmb", "wikigold", "business", "sports"], sets.Select(set => set.Name));
            Assert.All(sets, set => Assert.Equal("LONDON", Assert.Single(Assert.Single(set.Documents).Sentences).Tokens[0]));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
