namespace SiteGen.Core.Loading;

/// <summary>A metadata file as the last build read it: its path, stamp and language versions.</summary>
internal sealed record MetadataRecord(string Path, FileStamp Stamp, IReadOnlyList<DocumentSource> Sources);

/// <summary>
/// The metadata files the last build read without a diagnostic, from the working directory their display paths
/// are relative to. A file whose length and time are still those recorded is not read and parsed again, unless
/// it changed too close to <paramref name="trustedBefore"/> for its time to tell (see <see cref="FileStamp"/>).
/// </summary>
internal sealed class MetadataCache(string workingDirectory, DateTime trustedBefore, IReadOnlyList<MetadataRecord> records)
{
    private readonly Dictionary<string, MetadataRecord> _byPath = records.ToDictionary(r => r.Path, StringComparer.Ordinal);

    public string WorkingDirectory => workingDirectory;

    public MetadataRecord? Find(string path, PathStat file) =>
        _byPath.TryGetValue(path, out var record) && record.Stamp.Matches(file, trustedBefore) ? record : null;
}
