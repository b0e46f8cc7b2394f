using System.IO.Enumeration;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;
using SiteGen.Core.Publishing;

namespace SiteGen.Core.Loading;

/// <summary>
/// Finds the documents in a content folder: every <c>document.yml</c> below it describes one document (symbol,
/// body, distribution, original language, date) and lists its language versions, each a source file beside
/// it. Unknown keys, wrong types, unsafe symbols and missing sources are errors with file, line and column.
/// </summary>
public static class ContentLoader
{
    public const string MetadataFileName = "document.yml";

    // One folder's entries, as .NET's own recursive enumeration sees them (a link to a folder is a folder).
    private static readonly EnumerationOptions Listing = new() { AttributesToSkip = 0, IgnoreInaccessible = false, RecurseSubdirectories = false };

    public static IReadOnlyList<DocumentSource> Load(string contentDirectory, DiagnosticBag diagnostics) =>
        Load(contentDirectory, FindMetadataFiles(contentDirectory, null, out _), diagnostics, null, out _);

    /// <summary>
    /// The full paths of the metadata files below <paramref name="contentDirectory"/>, at any depth, in path order
    /// (ordinal); null when the folder does not exist. Every folder below it is looked at, level by level and on
    /// every core; one that still has the time <paramref name="cache"/> recorded holds the entries listed then and is
    /// not listed again (one look instead of opening and reading it). <paramref name="folders"/> are the folders
    /// seen, for the next build's cache.
    /// </summary>
    internal static string[]? FindMetadataFiles(string contentDirectory, MetadataCache? cache, out List<ContentFolder> folders)
    {
        folders = [];
        if (!Directory.Exists(contentDirectory))
        {
            return null;
        }

        // Found below the full path, so found by full path (not made full one by one, each asking for the working directory).
        var files = new List<string>();
        List<string> level = [Path.GetFullPath(contentDirectory)];
        while (level.Count > 0)
        {
            var seen = new ContentFolder[level.Count];
            Parallel.For(0, level.Count, new ParallelOptions { MaxDegreeOfParallelism = level.Count < 64 ? 1 : -1 }, i => seen[i] = Look(level[i], cache));
            level = [];
            foreach (var folder in seen)
            {
                folders.Add(folder);
                if (folder.HasMetadata)
                {
                    files.Add(Path.Join(folder.Path, MetadataFileName));
                }

                level.AddRange(folder.Subfolders.Select(name => Path.Join(folder.Path, name)));
            }
        }

        files.Sort(StringComparer.Ordinal);
        return [.. files];
    }

    /// <summary>One folder's subfolders and whether it holds a metadata file: from the cache when its time tells, else listed.</summary>
    private static ContentFolder Look(string path, MetadataCache? cache)
    {
        // Looked at before it is listed: a change made while it is listed shows as a newer time next build.
        var stat = PathStat.Of(path);
        if (cache?.FindFolder(path, stat) is { } known)
        {
            return known;
        }

        var subfolders = new List<string>();
        var hasMetadata = false;
        var entries = new FileSystemEnumerable<(string Name, bool IsDirectory)>(path, (ref entry) => (entry.FileName.ToString(), entry.IsDirectory), Listing)
        {
            ShouldIncludePredicate = (ref entry) => entry.IsDirectory || entry.FileName.SequenceEqual(MetadataFileName),
        };
        foreach (var (name, isDirectory) in entries)
        {
            if (isDirectory)
            {
                subfolders.Add(name);
            }
            else
            {
                hasMetadata = true;
            }
        }

        subfolders.Sort(StringComparer.Ordinal);
        return new ContentFolder(path, stat.WriteTicks, [.. subfolders], hasMetadata);
    }

    /// <summary>
    /// Loads the documents described by <paramref name="files"/> (<see cref="FindMetadataFiles"/>), taking a
    /// metadata file's language versions from <paramref name="cache"/> when its length and time are those recorded
    /// there; <paramref name="records"/> are the files read without a diagnostic, for the next build's cache.
    /// </summary>
    internal static IReadOnlyList<DocumentSource> Load(string contentDirectory, string[]? files, DiagnosticBag diagnostics, MetadataCache? cache, out List<MetadataRecord> records)
    {
        records = [];
        if (files is null)
        {
            diagnostics.Report(DiagnosticCatalog.FileNotFound, contentDirectory, 1, 1, contentDirectory);
            return [];
        }

        // Read on every core; sources and diagnostics come out in path order all the same.
        var workingDirectory = Directory.GetCurrentDirectory();
        var usable = cache?.WorkingDirectory == workingDirectory ? cache : null;
        var loaded = new (MetadataRecord? Record, IReadOnlyList<DocumentSource> Sources, DiagnosticBag Diagnostics)[files.Length];
        Parallel.For(0, files.Length, i =>
        {
            var bag = new DiagnosticBag();
            var info = PathStat.Of(files[i]);
            if (usable?.Find(files[i], info) is { } cached)
            {
                loaded[i] = (cached, cached.Sources, bag);
                return;
            }

            var sources = LoadDocument(files[i], Path.GetRelativePath(workingDirectory, files[i]), bag);
            var record = bag.Items.Count == 0 ? new MetadataRecord(files[i], FileStamp.Of(info), sources) : null;
            loaded[i] = (record, sources, bag);
        });

        var all = new List<DocumentSource>();
        foreach (var (record, sources, bag) in loaded)
        {
            all.AddRange(sources);
            diagnostics.AddRange(bag.Items);
            if (record is not null)
            {
                records.Add(record);
            }
        }

        return all;
    }

    private static IReadOnlyList<DocumentSource> LoadDocument(string file, string displayPath, DiagnosticBag diagnostics)
    {
        var errors = diagnostics.ErrorCount;
        var yaml = YamlMapping.Parse(File.ReadAllText(file), displayPath, diagnostics, DiagnosticCatalog.InvalidMetadata);
        if (yaml is null || !yaml.HasOnlyKeys("symbol", "body", "distribution", "originalLanguage", "date", "versions"))
        {
            return [];
        }

        var symbol = yaml.String("symbol");
        if (string.IsNullOrWhiteSpace(symbol) || !EditionPaths.IsSafeSymbol(symbol))
        {
            yaml.ReportAt("symbol", $"'symbol' must be a UN document symbol such as A/C.3/79/L.34, not \"{symbol}\"");
        }

        var body = ParseBody(yaml.String("body"));
        if (body == IssuingBody.Unknown)
        {
            yaml.ReportAt("body", "'body' must be one of General Assembly, Security Council, Human Rights Council, Economic and Social Council");
        }

        var distribution = yaml.String("distribution") ?? "";
        var originalLanguage = yaml.String("originalLanguage") ?? "";
        var date = yaml.Date("date");
        var versions = yaml.Mappings("versions");
        if (versions is not { Count: > 0 })
        {
            yaml.ReportAt("versions", "'versions' must list at least one language version (language and source)");
        }

        if (diagnostics.ErrorCount > errors)
        {
            return [];
        }

        var folder = Path.GetDirectoryName(file)!;
        var sources = new List<DocumentSource>();
        foreach (var version in versions!)
        {
            if (!version.HasOnlyKeys("language", "source"))
            {
                continue;
            }

            var tag = version.String("language") ?? "";
            var source = version.String("source") ?? "";
            if (!UnLanguage.TryFind(tag, out var language))
            {
                version.ReportAt("language", $"'{tag}' is not one of the UN languages ar, zh-Hans, en, fr, ru, es");
            }
            else if (source.Length == 0 || source.Contains('/') || source.Contains('\\') || source.StartsWith('.'))
            {
                version.ReportAt("source", $"'source' must be a file name beside {MetadataFileName}, not \"{source}\"");
            }
            else
            {
                sources.Add(new DocumentSource(
                    Path.Combine(folder, source),
                    Path.Combine(Path.GetDirectoryName(displayPath) ?? "", source),
                    new DocumentMetadata(symbol!, language.Tag, body, distribution, originalLanguage, date)));
            }
        }

        return sources;
    }

    private static IssuingBody ParseBody(string? body) => body?.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant() switch
    {
        "generalassembly" => IssuingBody.GeneralAssembly,
        "securitycouncil" => IssuingBody.SecurityCouncil,
        "humanrightscouncil" => IssuingBody.HumanRightsCouncil,
        "economicandsocialcouncil" => IssuingBody.EconomicAndSocialCouncil,
        _ => IssuingBody.Unknown,
    };

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
