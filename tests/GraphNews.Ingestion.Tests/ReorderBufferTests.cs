namespace GraphNews.Ingestion.Tests;

public sealed class ReorderBufferTests
{
    [Fact]
    public void Items_come_back_in_sequence_order_as_soon_as_the_gap_before_them_closes()
    {
        var buffer = new ReorderBuffer<string>();

        Assert.Empty(buffer.Add(2, "c"));
        Assert.Empty(buffer.Add(1, "b"));
        Assert.Equal(["a", "b", "c"], buffer.Add(0, "a"));
        Assert.Equal(["d"], buffer.Add(3, "d"));
    }

    [Fact]
    public void What_waits_behind_a_missing_number_drains_in_order_and_a_repeated_number_is_refused()
    {
        var buffer = new ReorderBuffer<string>();
        buffer.Add(0, "a");
        buffer.Add(3, "d");
        buffer.Add(2, "c");

        Assert.Throws<ArgumentException>(() => buffer.Add(0, "again"));
        Assert.Throws<ArgumentException>(() => buffer.Add(2, "again"));
        Assert.Equal(["c", "d"], buffer.Drain());
        Assert.Empty(buffer.Drain());
    }
}
