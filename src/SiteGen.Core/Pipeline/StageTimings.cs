using System.Diagnostics;

namespace SiteGen.Core.Pipeline;

/// <summary>
/// The stages of one build as they ran, for <c>build --timings</c>. Processor time is the process's, all threads:
/// on a machine shared with other work it says more than the clock about where a build's own time goes. So does the
/// memory allocated, since fresh memory is cleared and faulted in and each few megabytes of it cost a collection.
/// </summary>
internal sealed class StageTimings
{
    private readonly List<StageTiming> _stages = [];

    public IReadOnlyList<StageTiming> All => _stages;

    public T Time<T>(string stage, Func<T> run)
    {
        var processor = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes();
        var collections = GC.CollectionCount(0);
        var clock = Stopwatch.StartNew();
        try
        {
            return run();
        }
        finally
        {
            _stages.Add(new StageTiming(stage, clock.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - processor)
            {
                AllocatedBytes = GC.GetTotalAllocatedBytes() - allocated,
                Collections = GC.CollectionCount(0) - collections,
            });
        }
    }

    public void Time(string stage, Action run) => Time(stage, () =>
    {
        run();
        return true;
    });
}
