namespace SiteGen.Core.Loading;

/// <summary>A metadata file read without a diagnostic: its full path and the language versions it lists.</summary>
public sealed record MetadataFile(string Path, IReadOnlyList<DocumentSource> Sources);
