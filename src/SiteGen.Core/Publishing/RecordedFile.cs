namespace SiteGen.Core.Publishing;

/// <summary>A file of the live site as the build history recorded it: its path in the site, its length and its time of last change (UTC ticks).</summary>
public readonly record struct RecordedFile(string Path, long Length, long WriteTicks);
