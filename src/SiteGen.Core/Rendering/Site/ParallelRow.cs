namespace SiteGen.Core.Rendering.Site;

/// <summary>One row of the parallel view: a unit's anchor and the unit in each version, null where a version lacks it.</summary>
internal sealed record ParallelRow(string Id, ParallelPart Part, int Depth, ParallelUnit? Left, ParallelUnit? Right);
