namespace SiteGen.Core.Publishing;

/// <summary>
/// Starts putting a generation on disk while the build is still writing it: every few hundred milliseconds, on a
/// thread of its own, what has been written so far is flushed (on Linux, one flush of the file system), so that the
/// flush before the switch (<see cref="GenerationFlush"/>) finds little left and a full build does not wait for the
/// disk at its end. The system would otherwise keep the new files in memory for seconds before writing them.
/// Elsewhere it does nothing: the files are flushed one by one before the switch.
/// </summary>
internal sealed class WriteBehind : IDisposable
{
    // Often enough that the disk writes while the build renders, seldom enough that a rebuild is done before the first.
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(300);

    private readonly ManualResetEventSlim _stop = new();
    private readonly Thread? _flushing;
    private bool _stopped;

    /// <param name="folder">A folder of the file system the generation is written to.</param>
    public WriteBehind(string folder)
    {
        if (!SystemCalls.CanFlushFileSystem)
        {
            return;
        }

        // A thread of its own: a flush blocks it until the disk has written, which no worker of the pool should wait for.
        _flushing = new Thread(() => FlushUntilStopped(folder)) { IsBackground = true, Name = "write-behind" };
        _flushing.Start();
    }

    /// <summary>Stops flushing, waiting for a flush under way; the flush before the switch still follows.</summary>
    public void Dispose()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        _stop.Set();
        _flushing?.Join();
        _stop.Dispose();
    }

    private void FlushUntilStopped(string folder)
    {
        while (!_stop.Wait(Interval))
        {
            try
            {
                SystemCalls.TryFlushFileSystem(folder);
            }
            catch (IOException)
            {
                // Only an early start missed: the flush before the switch reports what stands in its way.
                return;
            }
        }
    }
}
