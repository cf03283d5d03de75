using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace ExpertBot.Expertise;

/// <summary>
/// Asks the processor to start loading an array element that a loop will read a few iterations later. A query
/// reads a few thousand scattered items out of millions; waiting for each from memory in turn, not the
/// arithmetic, is what costs. A hint only: it never faults, and does nothing where unsupported.
/// </summary>
internal static class Prefetch
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Element<T>(T[] array, int index)
        where T : unmanaged
    {
        if (Sse.IsSupported && (uint)index < (uint)array.Length)
        {
            // A stale address after a GC move is harmless: a prefetch never faults and changes nothing.
            Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(array), index)));
        }
    }
}
