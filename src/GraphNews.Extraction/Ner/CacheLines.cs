using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace GraphNews.Extraction.Ner;

/// <summary>
/// Asks the processor to start loading memory that will be read soon, so lookups that would wait in turn overlap.
/// A hint only: it changes no value, and where the processor has no prefetch instruction it does nothing.
/// </summary>
internal static class CacheLines
{
    public static unsafe void Prefetch<T>(ref T value)
        where T : unmanaged
    {
        if (Sse.IsSupported)
        {
            // An unpinned address is fine: a prefetch of memory the collector has moved loads nothing wrong.
            Sse.Prefetch0(Unsafe.AsPointer(ref value));
        }
    }
}
