using SiteGen.Core.Diagnostics;
using SiteGen.Core.Incremental;
using SiteGen.Core.Loading;

namespace SiteGen.Core.Pipeline;

/// <summary>The load stage's result: the language versions to publish, in content order, and the metadata files read.</summary>
internal sealed record EditionSources(IReadOnlyList<DocumentSource> Documents, IReadOnlyList<MetadataFile> MetadataFiles)
{
    /// <summary>Finds the metadata files and reads them (a file unchanged since the last build is taken as it was read then).</summary>
    public static EditionSources Load(BuildOptions options, EditionConfiguration configuration, IBuildHistory history, DiagnosticBag diagnostics)
    {
        var files = ContentWalk.Find(options.ContentDirectory);
        var sources = ContentLoader.Load(options.ContentDirectory, files, diagnostics, history.KnownSources, out var metadataFiles);
        return new EditionSources([.. sources.Where(source => configuration.Languages.Contains(source.Metadata.Language))], metadataFiles);
    }

    /// <summary>These sources but the documents a build that keeps going leaves out (none when null).</summary>
    public EditionSources Without(IReadOnlySet<DocumentSource>? leaveOut) =>
        leaveOut is null or { Count: 0 } ? this : this with { Documents = [.. Documents.Where(source => !leaveOut.Contains(source))] };
}
