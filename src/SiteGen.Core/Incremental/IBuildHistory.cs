using SiteGen.Core.Diagnostics;
using SiteGen.Core.Loading;
using SiteGen.Core.Publishing;
using SiteGen.Core.Rendering.Site;

namespace SiteGen.Core.Incremental;

/// <summary>
/// What a build asks of the builds before it, and the pipeline's only door to them: is this metadata file, this
/// document, the site's own files unchanged since the last build; and, once everything is staged, publish it and
/// record what was published for the next build. <see cref="BuildHistory"/> keeps that record in the build manifest.
/// </summary>
internal interface IBuildHistory
{
    /// <summary>The folder of the site the last build published, where the files of an unchanged document are read.</summary>
    string PublishedSite { get; }

    /// <summary>The language versions a metadata file listed when the last build read it, if it has not changed since; else null.</summary>
    IReadOnlyList<DocumentSource>? KnownSources(string metadataPath);

    /// <summary>
    /// What the last build published for this document, if nothing it depends on has changed since (its source,
    /// metadata, the other languages it is published in, which of the documents it references the edition
    /// publishes, whether another document cites it, the build's own inputs) and its published files are still as
    /// they were written; else null, and it is built again. <paramref name="edition"/> is every document of the
    /// edition by canonical symbol and language.
    /// </summary>
    PublishedDocument? Unchanged(DocumentSource source, IReadOnlyList<string> languages, IReadOnlySet<(string Symbol, string Language)> edition, bool cited);

    /// <summary>
    /// The edition's citations as the last build published them, for these documents: before the changed documents
    /// are read again, what they are expected to be. Which documents are cited is as recorded; the citations
    /// themselves are read only if asked for.
    /// </summary>
    EditionCitations LastCitations(IReadOnlyList<DocumentSource> documents);

    /// <summary>
    /// The citations of the edition published now (<paramref name="published"/>, built or kept): when it holds the
    /// documents the last build published and each one built now cites the same documents as before, the same documents
    /// are cited as then and the citations of the others are read only if a cited-by page is written; else those of
    /// every document, read now.
    /// </summary>
    EditionCitations Citations(IReadOnlyList<PublishedDocument> published);

    /// <summary>
    /// What the last build published for a document that has an error now, if its published files are still as they
    /// were written (a build that keeps going publishes it again); else null. Asked whether or not the build is
    /// incremental.
    /// </summary>
    PublishedDocument? LastGood(DocumentSource source);

    /// <summary>A document built now, from this text into these staged files: what the next build compares it against.</summary>
    PublishedDocument Built(BuiltDocument built);

    /// <summary>
    /// The site's own files (index, browse, cited-by and search pages, parallel views, 404 page, assets) as last
    /// published, if they were written for what they show now (<see cref="BuildKeys.SiteShows"/>); else null.
    /// </summary>
    IReadOnlyList<PublishedFile>? KeptSiteFiles(string siteShows);

    /// <summary>
    /// Publishes the staged output (as it is on a first build; else with every unchanged file the record claims
    /// carried over) and records what was published: the documents, the site's own files (those kept, or
    /// <paramref name="siteFilesWritten"/>, staged, with what they show) and the metadata files read. A record that cannot be written
    /// is a warning: the site is published all the same.
    /// </summary>
    void Publish(StagedOutput staging, IReadOnlyList<PublishedDocument> documents, IReadOnlyList<PublishedFile>? keptSiteFiles, IReadOnlyList<string> siteFilesWritten, string siteShows, IReadOnlyList<MetadataFile> metadataFiles, DiagnosticBag diagnostics);
}
