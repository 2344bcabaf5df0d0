using GraphNews.Ingestion.Identity;

namespace GraphNews.Ingestion.Tests.Identity;

public sealed class HandoverGateTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Resolvers_read_together()
    {
        var gate = new HandoverGate();

        using var first = await gate.ReadingAsync(Ct);
        var second = gate.ReadingAsync(Ct);

        Assert.True(second.IsCompletedSuccessfully);
        (await second).Dispose();
    }

    [Fact]
    public async Task A_handover_waits_until_every_reader_has_left()
    {
        var gate = new HandoverGate();
        var first = await gate.ReadingAsync(Ct);
        var second = await gate.ReadingAsync(Ct);

        var handover = gate.HandingOverAsync(Ct);
        first.Dispose();
        Assert.False(handover.IsCompleted);
        second.Dispose();

        (await handover.WaitAsync(TimeSpan.FromSeconds(10), Ct)).Dispose();
    }

    [Fact]
    public async Task Once_a_handover_waits_no_new_reader_starts_before_it_is_done()
    {
        var gate = new HandoverGate();
        var reader = await gate.ReadingAsync(Ct);
        var handover = gate.HandingOverAsync(Ct);

        var late = gate.ReadingAsync(Ct);
        Assert.False(late.IsCompleted);
        reader.Dispose();
        var handingOver = await handover.WaitAsync(TimeSpan.FromSeconds(10), Ct);
        Assert.False(late.IsCompleted);
        handingOver.Dispose();

        (await late.WaitAsync(TimeSpan.FromSeconds(10), Ct)).Dispose();
    }

    [Fact]
    public async Task A_reader_waits_for_a_handover_in_progress()
    {
        var gate = new HandoverGate();
        var handingOver = await gate.HandingOverAsync(Ct);

        var reader = gate.ReadingAsync(Ct);
        Assert.False(reader.IsCompleted);
        handingOver.Dispose();

        (await reader.WaitAsync(TimeSpan.FromSeconds(10), Ct)).Dispose();
    }

    [Fact]
    public async Task A_cancelled_wait_leaves_the_gate_usable()
    {
        var gate = new HandoverGate();
        var reader = await gate.ReadingAsync(Ct);
        using var cancel = new CancellationTokenSource();

        var handover = gate.HandingOverAsync(cancel.Token);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => handover);
        reader.Dispose();

        (await gate.HandingOverAsync(Ct).WaitAsync(TimeSpan.FromSeconds(10), Ct)).Dispose();
        (await gate.ReadingAsync(Ct).WaitAsync(TimeSpan.FromSeconds(10), Ct)).Dispose();
    }
}
