namespace SiteGen.Core.Loading;

/// <summary>A metadata file as the last build read it: its path, length, time of last change (UTC ticks) and language versions.</summary>
internal sealed record MetadataRecord(string Path, long Length, long WriteTicks, IReadOnlyList<DocumentSource> Sources);

/// <summary>
/// The metadata files the last build read without a diagnostic, from the working directory their display paths
/// are relative to. A file whose length and time are still those recorded is not read and parsed again, unless
/// it changed too close to <see cref="TrustedBefore"/> for its time to tell (see <see cref="Build.BuildManifest"/>).
/// </summary>
internal sealed class MetadataCache(string workingDirectory, DateTime trustedBefore, IReadOnlyList<MetadataRecord> records)
{
    private readonly Dictionary<string, MetadataRecord> _byPath = records.ToDictionary(r => r.Path, StringComparer.Ordinal);

    public string WorkingDirectory => workingDirectory;

    public DateTime TrustedBefore => trustedBefore;

    public MetadataRecord? Find(FileInfo file) =>
        _byPath.TryGetValue(file.FullName, out var record)
        && file.Exists
        && file.Length == record.Length
        && file.LastWriteTimeUtc.Ticks == record.WriteTicks
        && file.LastWriteTimeUtc < trustedBefore
            ? record
            : null;
}
