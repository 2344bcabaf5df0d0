using GraphNews.Extraction.Ner;

namespace GraphNews.Extraction.Tests.Ner;

public sealed class FeatureIndexTests
{
    [Fact]
    public void Finds_the_row_of_every_key_including_keys_that_share_a_slot()
    {
        // 16 slots for 5 keys: four of them are equal modulo 16, so they collide and must probe past each other.
        ulong[] keys = [0x10, 0x20, 0x30, 0x7, 0xFFFF_FFFF_FFFF_FFF0];
        var index = new FeatureIndex(keys);

        for (var row = 0; row < keys.Length; row++)
        {
            Assert.Equal(row, index.RowOf(keys[row]));
        }
    }

    [Fact]
    public void An_absent_key_has_no_row_even_where_its_slot_is_taken()
    {
        var index = new FeatureIndex([0x10, 0x20]);

        Assert.Equal(-1, index.RowOf(0x40));
        Assert.Equal(-1, index.RowOf(0x5));
    }

    [Fact]
    public void Prefetching_a_key_changes_no_lookup()
    {
        var index = new FeatureIndex([0x10, 0x20]);

        index.Prefetch(0x10);
        index.Prefetch(0x40);

        Assert.Equal(0, index.RowOf(0x10));
        Assert.Equal(-1, index.RowOf(0x40));
    }
}
