namespace SiteGen.Core.Pipeline;

/// <summary>How long one stage of a build took: on the clock, and in processor time on every core (the process's).</summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed, TimeSpan ProcessorTime);
