using System.Runtime.InteropServices;

namespace PaperGraph.Graph.Ingestion;

/// <summary>
/// The CPU time the calling thread has used, where the OS tells it (Linux). Phase timings read
/// it beside the wall clock because on a machine whose cores other processes share, wall time
/// says more about the neighbours than about the work.
/// </summary>
internal static class ThreadCpuClock
{
    private const int ThreadCpuTimeClockId = 3;

    /// <summary>Whether <see cref="Now"/> measures anything here.</summary>
    public static bool IsAvailable { get; } = OperatingSystem.IsLinux();

    /// <summary>The calling thread's CPU time so far, in <see cref="TimeSpan"/> ticks; 0 where unavailable.</summary>
    public static long Now() =>
        IsAvailable && ClockGetTime(ThreadCpuTimeClockId, out var time) == 0
            ? (time.Seconds * TimeSpan.TicksPerSecond) + (time.Nanoseconds / 100)
            : 0;

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
