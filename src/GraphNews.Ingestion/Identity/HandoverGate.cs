namespace GraphNews.Ingestion.Identity;

/// <summary>
/// Keeps a resolver's reads apart from the writer's handover of a batch from the pending window to the store.
/// A resolver reads the store and then the window; were a batch committed and released between the two reads, the
/// resolver would see its articles in neither and take a name it has already met for a new one. Resolvers read
/// together; the writer commits and releases alone, and once it waits no new resolver starts, so it is never starved.
/// </summary>
public sealed class HandoverGate
{
    private readonly SemaphoreSlim turnstile = new(1, 1);
    private readonly SemaphoreSlim readersEntry = new(1, 1);
    private readonly SemaphoreSlim room = new(1, 1);
    private int readers;

    public async Task<IDisposable> ReadingAsync(CancellationToken cancellationToken = default)
    {
        await turnstile.WaitAsync(cancellationToken);
        turnstile.Release();
        await readersEntry.WaitAsync(cancellationToken);
        try
        {
            if (readers == 0)
            {
                await room.WaitAsync(cancellationToken);
            }

            readers++;
        }
        finally
        {
            readersEntry.Release();
        }

        return new Release(LeaveReading);
    }

    public async Task<IDisposable> HandingOverAsync(CancellationToken cancellationToken = default)
    {
        await turnstile.WaitAsync(cancellationToken);
        try
        {
            await room.WaitAsync(cancellationToken);
        }
        catch
        {
            turnstile.Release();
            throw;
        }

        return new Release(() =>
        {
            room.Release();
            turnstile.Release();
        });
    }

    private void LeaveReading()
    {
        readersEntry.Wait();
        try
        {
            if (--readers == 0)
            {
                room.Release();
            }
        }
        finally
        {
            readersEntry.Release();
        }
    }

    private sealed class Release(Action release) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                release();
            }
        }
    }
}
