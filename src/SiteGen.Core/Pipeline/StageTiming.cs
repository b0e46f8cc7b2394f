namespace SiteGen.Core.Pipeline;

/// <summary>
/// How long one stage of a build took: on the clock, and in processor time on every core (the process's); and the
/// memory it allocated and the collections that ran meanwhile, on every thread.
/// </summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed, TimeSpan ProcessorTime)
{
    /// <summary>Bytes allocated by every thread of the process while the stage ran.</summary>
    public long AllocatedBytes { get; init; }

    /// <summary>Collections of the youngest generation (and so of every collection) while the stage ran.</summary>
    public int Collections { get; init; }
}
