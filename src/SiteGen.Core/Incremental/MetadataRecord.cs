using SiteGen.Core.Loading;

namespace SiteGen.Core.Incremental;

/// <summary>A metadata file as the last build read it without a diagnostic: its full path, its stamp and the language versions it lists.</summary>
internal sealed record MetadataRecord(string Path, FileStamp Stamp, IReadOnlyList<DocumentSource> Sources);
