using System.Buffers;
using System.Diagnostics;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Incremental;
using SiteGen.Core.Loading;
using SiteGen.Core.Model;
using SiteGen.Core.Publishing;
using SiteGen.Core.References;
using SiteGen.Core.Rendering.Site;

namespace SiteGen.Core.Pipeline;

/// <summary>
/// The build-each-document stage: reads, models and renders every document the history does not keep, on every
/// core, into the staging folder. A document's model is dropped as soon as its files are written, so memory does not
/// grow with the corpus. Once one document has an error the others are only modelled (their diagnostics still
/// count), since nothing will be published, unless the build keeps going.
/// </summary>
internal static class DocumentBuilding
{
    /// <summary>
    /// Every document's outcome in content order, whatever order they finished in; their diagnostics go to
    /// <paramref name="diagnostics"/>, in the same order. When the build keeps going, every document is rendered
    /// whatever the others' errors, and one with an error keeps its last good edition (from the build history) or
    /// is left out.
    /// </summary>
    public static DocumentResults BuildAll(EditionPlan plan, IBuildHistory history, string siteDirectory, Action<string>? staged, bool keepGoing, DiagnosticBag diagnostics, CancellationToken cancellation)
    {
        var documents = plan.Documents;
        var outcomes = new (DocumentOutcome? Outcome, IReadOnlyList<Diagnostic> Diagnostics)[documents.Count];
        var changed = new List<int>();
        for (var i = 0; i < documents.Count; i++)
        {
            var modelFile = plan.Unchanged[i] is { } published ? ModelFile(published, history) : null;
            // A kept page of a site with a search index needs its postings in the last index: one built without the index is built again.
            if (plan.Unchanged[i] is { } kept && plan.Site?.CanReuse(documents[i].Metadata, modelFile) != false && plan.Site?.Search?.Holds(kept) != false)
            {
                // A kept page still has its title in the index, and its text in the parallel views.
                plan.Site?.Reuse(documents[i].Metadata, kept.Title, modelFile);
                outcomes[i] = (new DocumentOutcome(kept, kept.Summary), kept.Diagnostics);
            }
            else
            {
                changed.Add(i);
            }
        }

        var failed = 0;
        var failures = new DocumentFailure?[documents.Count];
        var parallel = new ParallelOptions { CancellationToken = cancellation };
        Parallel.ForEach(changed, parallel, BuildOne);

        // A page was written as cited or not by the citations the last build found; now that every document's are
        // known, the pages written otherwise are built again.
        if (plan.Site is { } site && (keepGoing || failed == 0))
        {
            var citations = history.Citations([.. outcomes.Select(o => o.Outcome?.Published).OfType<PublishedDocument>()]);
            var miscited = Enumerable.Range(0, documents.Count)
                .Where(i => outcomes[i].Outcome is not null && site.IsCited(documents[i].Metadata) != citations.IsCited(documents[i].Metadata.Symbol, documents[i].Metadata.Language))
                .ToList();
            site.Citations = citations;
            Parallel.ForEach(miscited, parallel, BuildOne);

            // What the next build expects: whether each document is cited in the edition as published.
            for (var i = 0; i < documents.Count; i++)
            {
                if (outcomes[i].Outcome is { } outcome && outcome.Published.Cited != citations.IsCited(outcome.Published.Symbol, outcome.Published.Language))
                {
                    outcomes[i] = (outcome with { Published = outcome.Published with { Cited = !outcome.Published.Cited } }, outcomes[i].Diagnostics);
                }
            }
        }

        void BuildOne(int i)
        {
            outcomes[i] = Build(documents[i], plan, history, siteDirectory, staged, render: keepGoing || Volatile.Read(ref failed) == 0);
            if (outcomes[i].Outcome is not null)
            {
                return;
            }

            Interlocked.Exchange(ref failed, 1);
            if (keepGoing)
            {
                var lastGood = history.LastGood(documents[i]);
                plan.Site?.Withdraw(documents[i].Metadata);
                if (lastGood is not null)
                {
                    plan.Site?.Reuse(documents[i].Metadata, lastGood.Title, ModelFile(lastGood, history));
                    outcomes[i] = (new DocumentOutcome(lastGood, lastGood.Summary), outcomes[i].Diagnostics);
                }

                failures[i] = new DocumentFailure(documents[i].Metadata.Symbol, documents[i].Metadata.Language, KeptLastGood: lastGood is not null);
            }
        }

        var leftOut = new List<DocumentSource>();
        var leftOutDiagnostics = new List<Diagnostic>();
        for (var i = 0; i < documents.Count; i++)
        {
            diagnostics.AddRange(outcomes[i].Diagnostics);
            if (failures[i] is { KeptLastGood: false })
            {
                leftOut.Add(documents[i]);
                leftOutDiagnostics.AddRange(outcomes[i].Diagnostics);
            }
        }

        return new DocumentResults([.. outcomes.Select(o => o.Outcome).OfType<DocumentOutcome>()], [.. failures.OfType<DocumentFailure>()], leftOut, leftOutDiagnostics);
    }

    // The model export an unchanged document published, if the last build wrote one.
    private static string? ModelFile(PublishedDocument published, IBuildHistory history)
    {
        var model = new EditionPaths(published.Symbol, UnLanguage.Find(published.Language)).Model;
        return published.Files.Any(file => file.Path == model) ? Path.Combine(history.PublishedSite, model) : null;
    }

    private static (DocumentOutcome? Outcome, IReadOnlyList<Diagnostic> Diagnostics) Build(DocumentSource source, EditionPlan plan, IBuildHistory history, string siteDirectory, Action<string>? staged, bool render)
    {
        var timer = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var text = SourceLoader.Load(source.SourcePath, diagnostics, source.DisplayPath);
        var document = text is null ? null : DocumentModeller.Model(text, source.Metadata, diagnostics);
        if (text is null || document is null || diagnostics.HasErrors || !render)
        {
            return (null, diagnostics.Items);
        }

        var renderers = plan.Renderers;
        var paths = new EditionPaths(document.Metadata.Symbol, UnLanguage.Find(document.Metadata.Language));
        var folder = Path.Combine(siteDirectory, paths.Directory);
        Directory.CreateDirectory(folder);
        var files = new List<FileInfo>(3);
        long? modelBytes = null;
        if (renderers.Formats.HasFlag(OutputFormats.Model))
        {
            using var buffer = OutputBuffers.Rent("model");
            ModelJsonWriter.Write(document, diagnostics.Items, (IBufferWriter<byte>)buffer);
            OutputBuffers.WriteFile(Path.Combine(folder, paths.ModelFileName), buffer);
            files.Add(new FileInfo(Path.Combine(folder, paths.ModelFileName)));
            modelBytes = buffer.Length;
        }

        // The e-book is made before the page, whose download list gives its size; its diagnostics come first. Both are
        // written from one view of the document, built once.
        var view = renderers.Formats.HasFlag(OutputFormats.Epub) ? plan.Site?.View(document, diagnostics) : null;
        long? epubBytes = null;
        if (renderers.Formats.HasFlag(OutputFormats.Epub))
        {
            files.Add(new FileInfo(Path.Combine(folder, paths.EpubFileName)));
            epubBytes = renderers.Epub.Render(document, view, Path.Combine(folder, paths.EpubFileName), diagnostics);
        }

        plan.Site?.WritePage(document, view, siteDirectory, diagnostics, new DownloadSizes(epubBytes, modelBytes));
        if (plan.Site is not null)
        {
            files.Add(new FileInfo(Path.Combine(folder, EditionPaths.PageFileName)));
        }

        staged?.Invoke(folder);
        if (diagnostics.HasErrors)
        {
            // Nothing of a failed document stays in the new generation: a build that keeps going publishes it.
            files.ForEach(file => file.Delete());
            return (null, diagnostics.Items);
        }

        var units = document.Units().Count(u => u is not Footnote);
        var summary = new DocumentSummary(document.Metadata.Symbol, document.Metadata.Language, units, document.Footnotes.Length, files.Count, files.Sum(f => f.Length), timer.Elapsed);
        var published = history.Built(new BuiltDocument(source, plan.LanguagesOf(source), text, document.Title, renderers.Formats, summary, siteDirectory, files, diagnostics.Items, CitationCollector.Collect(document), plan.Edition, plan.IsCited(source)));
        return (new DocumentOutcome(published, summary), diagnostics.Items);
    }
}
