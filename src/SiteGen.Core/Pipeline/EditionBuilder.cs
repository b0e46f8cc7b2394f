using SiteGen.Core.Diagnostics;
using SiteGen.Core.Incremental;
using SiteGen.Core.Publishing;
using SiteGen.Core.Searching;

namespace SiteGen.Core.Pipeline;

/// <summary>
/// Builds the edition, stage by stage: configure → load the documents' metadata → plan the site → build each
/// document (read, model, render its page, e-book and model export into a staging folder) → finish the site
/// (index, 404 page, assets) → publish. Each stage does its own work on other cores. Nothing is published after an
/// error in any document, unless the build keeps going (<see cref="KeepGoingBuild"/>). What earlier builds left is known only to the build history (<see cref="IBuildHistory"/>).
/// </summary>
public sealed class EditionBuilder
{
    private readonly Action<string>? _staged;

    public EditionBuilder()
    {
    }

    /// <summary>A builder that reports each folder it has finished staging, for tests that interrupt a build there.</summary>
    public EditionBuilder(Action<string> staged)
    {
        _staged = staged;
    }

    public BuildResult Build(BuildOptions options, DiagnosticBag diagnostics, CancellationToken cancellation = default) =>
        options.KeepGoing
            ? KeepGoingBuild.Run((found, leaveOut) => Build(options, found, leaveOut, cancellation), diagnostics)
            : Build(options, diagnostics, null, cancellation).Result;

    /// <summary>
    /// One build; <paramref name="leaveOut"/> are documents a first pass of a build that keeps going found broken.
    /// A first pass (null) that would leave out a document whose other language versions link to it publishes
    /// nothing and returns the documents it built, for the second.
    /// </summary>
    private (BuildResult Result, DocumentResults? Retry) Build(BuildOptions options, DiagnosticBag diagnostics, IReadOnlySet<Loading.DocumentSource>? leaveOut, CancellationToken cancellation)
    {
        var stages = new StageTimings();
        if (stages.Time("configure", () => EditionConfiguration.Read(options, diagnostics)) is not { } configuration)
        {
            return (BuildResult.Failed(options, stages), null);
        }

        // The history is read on another core while "load" walks the content folder, until load's first question to it.
        var history = BuildHistory.Open(options, configuration.Site);
        var sources = stages.Time("load", () => EditionSources.Load(options, configuration, history, diagnostics).Without(leaveOut));
        var plan = diagnostics.HasErrors ? null : stages.Time("plan", () => EditionPlan.Make(sources, configuration, history, diagnostics, cancellation));
        if (plan is null || diagnostics.HasErrors)
        {
            return (BuildResult.Failed(options, stages), null);
        }

        StagedOutput? staging = null;
        try
        {
            var search = plan.Site is null ? null : configuration.Search;
            plan.Site?.Search = search;
            staging = new StagedOutput(options.OutputDirectory, plan.Site is null ? null : site => _ = search is null ? SearchIndexer.LeaveOut(site) : stages.Time("index for search", () => search.Index(site, diagnostics, cancellation)), options.Incremental, plan.BuildsMost);
            var documents = stages.Time("build documents", () => DocumentBuilding.BuildAll(plan, history, staging.SiteDirectory, _staged, options.KeepGoing, diagnostics, cancellation));
            if (leaveOut is null && KeepGoingBuild.LinksToLeftOut(plan, documents))
            {
                return (BuildResult.Failed(options, stages), documents);
            }

            var siteFiles = diagnostics.HasErrors && !options.KeepGoing ? null : stages.Time("finish the site", () => plan.FinishSite(documents.Outcomes, history, staging.SiteDirectory, diagnostics));
            if (siteFiles is null)
            {
                return (BuildResult.Failed(options, stages), null);
            }

            _staged?.Invoke(staging.SiteDirectory);
            cancellation.ThrowIfCancellationRequested();
            var summaries = documents.Outcomes.Select(d => d.Summary).ToList();
            if (options.Publish)
            {
                stages.Time("publish", () => history.Publish(staging, [.. documents.Outcomes.Select(d => d.Published)], siteFiles.Kept, siteFiles.Written, siteFiles.Shows, sources.MetadataFiles, diagnostics));
            }

            return (new BuildResult(options.Publish, summaries, staging.PublishedSiteDirectory, stages.All) { Failures = documents.Failures, SearchIndexed = search is not null }, null);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException
            || (exception is AggregateException aggregate && aggregate.InnerExceptions.All(e => e is IOException or UnauthorizedAccessException or OperationCanceledException)))
        {
            return (OutputNotWritten(options, stages, diagnostics, exception, cancellation), null);
        }
        finally
        {
            staging?.Dispose();
        }
    }

    /// <summary>
    /// A full disk, a file held open (directly or in a document's worker): nothing is published and the staging folder
    /// goes away; the first such problem stands for the rest. Workers that only saw Ctrl-C stand for a cancelled build.
    /// </summary>
    private static BuildResult OutputNotWritten(BuildOptions options, StageTimings stages, DiagnosticBag diagnostics, Exception exception, CancellationToken cancellation)
    {
        var io = exception is AggregateException aggregate
            ? aggregate.InnerExceptions.FirstOrDefault(e => e is not OperationCanceledException) ?? throw new OperationCanceledException(cancellation)
            : exception;
        diagnostics.Report(DiagnosticCatalog.OutputNotWritten, options.OutputDirectory, 1, 1, io.Message);
        return BuildResult.Failed(options, stages);
    }
}
