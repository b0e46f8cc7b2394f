using System.Globalization;
using System.Text;
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

    /// <summary>Whether a content folder holds at least one metadata file (at any depth).</summary>
    public static bool HasMetadataFiles(string contentDirectory) => ContentWalk.Find(contentDirectory) is { Length: > 0 };

    public static IReadOnlyList<DocumentSource> Load(string contentDirectory, DiagnosticBag diagnostics) =>
        Load(contentDirectory, ContentWalk.Find(contentDirectory), diagnostics, null, out _);

    /// <summary>
    /// Loads the documents described by <paramref name="files"/> (<see cref="ContentWalk"/>; null when the folder
    /// does not exist), taking a metadata file's language versions from <paramref name="known"/> when it knows them;
    /// <paramref name="read"/> are the files read (or known) without a diagnostic.
    /// </summary>
    internal static IReadOnlyList<DocumentSource> Load(string contentDirectory, string[]? files, DiagnosticBag diagnostics, Func<string, IReadOnlyList<DocumentSource>?>? known, out List<MetadataFile> read)
    {
        read = [];
        if (files is null)
        {
            diagnostics.Report(DiagnosticCatalog.FileNotFound, contentDirectory, 1, 1, contentDirectory);
            return [];
        }

        // Read on every core; sources and diagnostics come out in path order all the same.
        var workingDirectory = Directory.GetCurrentDirectory();
        var loaded = new (MetadataFile? Record, IReadOnlyList<DocumentSource> Sources, IReadOnlyList<Diagnostic> Diagnostics)[files.Length];
        Parallel.For(0, files.Length, i =>
        {
            if (known?.Invoke(files[i]) is { } knownSources)
            {
                loaded[i] = (new MetadataFile(files[i], knownSources), knownSources, []);
                return;
            }

            var info = PathStat.Of(files[i]);

            var bag = new DiagnosticBag();
            var displayPath = Path.GetRelativePath(workingDirectory, files[i]);
            IReadOnlyList<DocumentSource> sources = [];
            try
            {
                if (ContentConfinement.Refusal(files[i], info, contentDirectory) is { } refusal)
                {
                    bag.Report(DiagnosticCatalog.InvalidMetadata, displayPath, 1, 1, $"{MetadataFileName} {refusal}");
                }
                else
                {
                    sources = LoadDocument(files[i], displayPath, contentDirectory, bag);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                bag.Report(DiagnosticCatalog.InvalidMetadata, displayPath, 1, 1, $"it cannot be read: {exception.Message}");
            }

            var record = bag.Items.Count == 0 ? new MetadataFile(files[i], sources) : null;
            loaded[i] = (record, sources, bag.Items);
        });

        // Most files list one language version: counted first, and added one by one rather than enumerated.
        var all = new List<DocumentSource>(loaded.Sum(l => l.Sources.Count));
        foreach (var (record, sources, found) in loaded)
        {
            for (var i = 0; i < sources.Count; i++)
            {
                all.Add(sources[i]);
            }

            diagnostics.AddRange(found);
            if (record is not null)
            {
                read.Add(record);
            }
        }

        ReportTwice(all, diagnostics);

        return all;
    }

    /// <summary>
    /// A language version of a symbol given by two metadata files (or twice by one) would be published twice at one
    /// place: the second is an error at its source, whatever formats the build writes.
    /// </summary>
    private static void ReportTwice(List<DocumentSource> sources, DiagnosticBag diagnostics)
    {
        var first = new Dictionary<(string Symbol, string Language), DocumentSource>(sources.Count);
        foreach (var source in sources)
        {
            if (!first.TryAdd((source.Metadata.Symbol, source.Metadata.Language), source))
            {
                diagnostics.Report(DiagnosticCatalog.ConfigurationError, source.DisplayPath, 1, 1, $"{source.Metadata.Symbol} in {source.Metadata.Language} is given twice (also by {first[(source.Metadata.Symbol, source.Metadata.Language)].DisplayPath})");
            }
        }
    }

    private static IReadOnlyList<DocumentSource> LoadDocument(string file, string displayPath, string contentDirectory, DiagnosticBag diagnostics)
    {
        var errors = diagnostics.ErrorCount;
        YamlMapping? yaml;
        using (var reader = OpenMetadata(file))
        {
            yaml = YamlMapping.Parse(reader, displayPath, diagnostics, DiagnosticCatalog.InvalidMetadata);
        }

        if (yaml is null || !yaml.HasOnlyKeys("symbol", "body", "distribution", "originalLanguage", "date", "issued", "adopted", "meeting", "vote", "adoptedAs", "versions"))
        {
            return [];
        }

        var symbol = yaml.String("symbol") is { } written ? EditionPaths.CanonicalSymbol(written) : null;
        if (string.IsNullOrWhiteSpace(symbol) || !EditionPaths.IsSafeSymbol(symbol))
        {
            yaml.ReportAt("symbol", $"'symbol' must be a UN document symbol such as A/C.3/79/L.34, not \"{symbol}\"");
        }
        else if (EditionPaths.LongestFileName(symbol) is var longest and > EditionPaths.FileNameLimit)
        {
            yaml.ReportAt("symbol", $"'symbol' is too long to publish: its e-book's file name would be {longest} bytes, and a file system allows {EditionPaths.FileNameLimit}");
        }

        var body = ParseBody(yaml.String("body"));
        if (body == IssuingBody.Unknown)
        {
            yaml.ReportAt("body", "'body' must be one of General Assembly, Security Council, Human Rights Council, Economic and Social Council");
        }

        var distribution = yaml.String("distribution") ?? "";
        var originalLanguage = yaml.String("originalLanguage") ?? "";
        var date = yaml.Date("date");
        var issued = yaml.Date("issued");
        var action = ReadAction(yaml);
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
            else if (source.Length == 0 || source.Contains('/') || source.Contains('\\') || source.StartsWith('.') || source.Any(char.IsControl))
            {
                version.ReportAt("source", $"'source' must be a file name beside {MetadataFileName}, not \"{Printable(source)}\"");
            }
            else if (ContentConfinement.Refusal(Path.Combine(folder, source), PathStat.Of(Path.Combine(folder, source)), contentDirectory) is { } refusal)
            {
                version.ReportAt("source", $"'{source}' {refusal}");
            }
            else
            {
                sources.Add(new DocumentSource(
                    Path.Combine(folder, source),
                    Path.Combine(Path.GetDirectoryName(displayPath) ?? "", source),
                    new DocumentMetadata(symbol!, language.Tag, body, distribution, originalLanguage, date, issued, action)));
            }
        }

        return sources;
    }

    /// <summary>
    /// A metadata file as text, its encoding told by its byte order mark as <see cref="File.ReadAllText(string)"/> tells
    /// it, read straight into the YAML parser: a file of a few lines needs neither the whole text nor a reader's
    /// default buffers, which a build would otherwise allocate once per document.
    /// </summary>
    private static StreamReader OpenMetadata(string file) =>
        new(new FileStream(file, new FileStreamOptions { BufferSize = 0 }), Encoding.UTF8, detectEncodingFromByteOrderMarks: true, MetadataBufferSize);

    /// <summary>The bytes read at a time from a metadata file: most are smaller.</summary>
    private const int MetadataBufferSize = 512;

    /// <summary>
    /// What became of the document where the text does not say: <c>adopted</c> (the date it was acted on),
    /// <c>meeting</c> (its number), <c>vote</c> (<see cref="VoteRecognizer"/>) and <c>adoptedAs</c> (the resolution's
    /// symbol). Null when none is given; a bad value is reported at its line and column.
    /// </summary>
    private static RecordedAction? ReadAction(YamlMapping yaml)
    {
        var adopted = yaml.Date("adopted");
        int? meeting = null;
        if (yaml.String("meeting") is { } meetingText)
        {
            if (int.TryParse(meetingText, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0)
            {
                meeting = number;
            }
            else
            {
                yaml.ReportAt("meeting", $"'meeting' must be the meeting's number, such as 54, not \"{meetingText}\"");
            }
        }

        var method = AdoptionMethod.Unknown;
        VoteCount? votes = null;
        if (yaml.String("vote") is { } vote && !VoteRecognizer.TryRecognize(vote, out method, out votes))
        {
            yaml.ReportAt("vote", $"'vote' must be {VoteRecognizer.Expected}, not \"{vote}\"");
        }

        var adoptedAs = yaml.String("adoptedAs") ?? "";
        if (adoptedAs.Length > 0 && !EditionPaths.IsSafeSymbol(adoptedAs))
        {
            yaml.ReportAt("adoptedAs", $"'adoptedAs' must be the symbol of the resolution, such as A/RES/79/178, not \"{adoptedAs}\"");
            adoptedAs = "";
        }

        var action = new RecordedAction(adopted, meeting, method, votes, adoptedAs);
        return action.IsEmpty ? null : action;
    }

    private static IssuingBody ParseBody(string? body) => body?.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant() switch
    {
        "generalassembly" => IssuingBody.GeneralAssembly,
        "securitycouncil" => IssuingBody.SecurityCouncil,
        "humanrightscouncil" => IssuingBody.HumanRightsCouncil,
        "economicandsocialcouncil" => IssuingBody.EconomicAndSocialCouncil,
        _ => IssuingBody.Unknown,
    };

    /// <summary>A name as it can be printed: control characters (a NUL, a line break) shown as their code.</summary>
    private static string Printable(string name) =>
        string.Concat(name.Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString()));

}
