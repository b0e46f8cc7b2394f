using System.Text.RegularExpressions;
using SiteGen.Cli;
using SiteGen.Cli.Commands;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Pipeline;

/// <summary>
/// <c>build --keep-going</c> (issue 16, "One broken document does not hold the corpus hostage"): a corpus with one
/// broken document, built first and rebuilt, with and without the option. With it, every good document is
/// published, the broken one keeps its last good edition or is left out, every link of the site leads to a file,
/// the errors are printed and the exit code is 1; without it, nothing is published, as before.
/// </summary>
public sealed partial class KeepGoingTests : IDisposable
{
    private readonly TempContent _content = new();

    public KeepGoingTests()
    {
        GeneratedDocument.Write(_content.Content, "A/79/L.98", "Good resolution", 3);
        BrokenSource = GeneratedDocument.Write(_content.Content, "A/79/L.99", "Resolution to break", 3);
    }

    public void Dispose() => _content.Dispose();

    private string BrokenSource { get; }

    private string Site => Path.Combine(_content.Output, "site");

    private static string Page(string language, string symbol) => Path.Combine(language, symbol, "index.html");

    // Operative paragraph 7 after 3: an error (SG2006) at the paragraph.
    private void Break() => File.AppendAllText(BrokenSource, "7. *Decides* that paragraph 7 is in force;\n");

    private (int ExitCode, string Printed) Build(bool keepGoing)
    {
        var printed = new StringWriter();
        var exitCode = BuildCommand.Run(_content.Options() with { KeepGoing = keepGoing }, printed);
        return (exitCode, printed.ToString());
    }

    [Fact]
    public void Without_the_option_a_first_build_with_one_broken_document_publishes_nothing()
    {
        Break();

        var (exitCode, printed) = Build(keepGoing: false);

        Assert.Equal(ExitCodes.ContentErrors, exitCode);
        Assert.Contains("en.md(17,4): error SG2006", printed, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Site));
    }

    [Fact]
    public void A_first_build_that_keeps_going_publishes_the_good_documents_and_leaves_the_broken_one_out()
    {
        Break();

        var (exitCode, printed) = Build(keepGoing: true);

        Assert.Equal(ExitCodes.ContentErrors, exitCode);
        Assert.Contains("en.md(17,4): error SG2006", printed, StringComparison.Ordinal);
        Assert.Contains("A/79/L.99 [en]: not built, left out of the site", printed, StringComparison.Ordinal);
        Assert.Contains("published 2 document(s)", printed, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Site, Page("en", "A/79/L.98"))));
        Assert.True(File.Exists(Path.Combine(Site, Page("zh", "A/C.3/79/L.34"))));
        Assert.False(Directory.Exists(Path.Combine(Site, "en", "A", "79", "L.99")));
        var index = File.ReadAllText(Path.Combine(Site, "index.html"));
        Assert.Contains("A/79/L.98", index, StringComparison.Ordinal);
        Assert.DoesNotContain("L.99", index, StringComparison.Ordinal);
        AssertEveryLinkLeadsToAFile();

        // Mended, it is published by the next build, which renders only it.
        File.WriteAllText(BrokenSource, File.ReadAllText(BrokenSource).Replace("7. *Decides* that paragraph 7 is in force;\n", "", StringComparison.Ordinal));
        var (mended, again) = Build(keepGoing: true);
        Assert.Equal(ExitCodes.Success, mended);
        Assert.Contains("A/79/L.99 [en]: ", again, StringComparison.Ordinal);
        Assert.Contains("L.99", File.ReadAllText(Path.Combine(Site, "index.html")), StringComparison.Ordinal);
        AssertEveryLinkLeadsToAFile();
    }

    [Fact]
    public void A_rebuild_that_keeps_going_keeps_the_last_good_edition_of_the_broken_document()
    {
        Assert.Equal(ExitCodes.Success, Build(keepGoing: false).ExitCode);
        var lastGood = TempContent.Snapshot(Path.Combine(Site, "en", "A", "79", "L.99"));
        Break();
        GeneratedDocument.Write(_content.Content, "A/79/L.98", "Good resolution, revised", 4);

        var (exitCode, printed) = Build(keepGoing: true);

        Assert.Equal(ExitCodes.ContentErrors, exitCode);
        Assert.Contains("error SG2006", printed, StringComparison.Ordinal);
        Assert.Contains("A/79/L.99 [en]: not built, its last good edition stays published", printed, StringComparison.Ordinal);
        Assert.Equal(lastGood, TempContent.Snapshot(Path.Combine(Site, "en", "A", "79", "L.99")));
        Assert.Contains("Good resolution, revised", File.ReadAllText(Path.Combine(Site, Page("en", "A/79/L.98"))), StringComparison.Ordinal);
        Assert.Contains("L.99", File.ReadAllText(Path.Combine(Site, "index.html")), StringComparison.Ordinal);
        AssertEveryLinkLeadsToAFile();

        // The broken document is tried again by the next build, and fails again the same way.
        var (secondExit, second) = Build(keepGoing: true);
        Assert.Equal(ExitCodes.ContentErrors, secondExit);
        Assert.Contains("A/79/L.99 [en]: not built, its last good edition stays published", second, StringComparison.Ordinal);
        Assert.Equal(lastGood, TempContent.Snapshot(Path.Combine(Site, "en", "A", "79", "L.99")));
    }

    [Fact]
    public void A_clean_rebuild_that_keeps_going_also_keeps_the_last_good_edition()
    {
        Assert.Equal(ExitCodes.Success, Build(keepGoing: false).ExitCode);
        var lastGood = TempContent.Snapshot(Path.Combine(Site, "en", "A", "79", "L.99"));
        Break();

        var printed = new StringWriter();
        var exitCode = BuildCommand.Run(_content.Options() with { KeepGoing = true, Incremental = false }, printed);

        Assert.Equal(ExitCodes.ContentErrors, exitCode);
        Assert.Equal(lastGood, TempContent.Snapshot(Path.Combine(Site, "en", "A", "79", "L.99")));
        AssertEveryLinkLeadsToAFile();
    }

    [Fact]
    public void Without_the_option_a_rebuild_with_one_broken_document_leaves_the_published_site_as_it_was()
    {
        Assert.Equal(ExitCodes.Success, Build(keepGoing: false).ExitCode);
        var before = TempContent.Published(_content.Output);
        Break();
        GeneratedDocument.Write(_content.Content, "A/79/L.98", "Good resolution, revised", 4);

        var (exitCode, printed) = Build(keepGoing: false);

        Assert.Equal(ExitCodes.ContentErrors, exitCode);
        Assert.Contains("build failed with 1 error(s)", printed, StringComparison.Ordinal);
        Assert.Equal(before, TempContent.Published(_content.Output));
    }

    [Fact]
    public void A_language_version_left_out_is_not_linked_from_its_other_versions()
    {
        // A French version whose text is English: an error, and it has no last good edition.
        var folder = Path.GetDirectoryName(BrokenSource)!;
        File.Copy(BrokenSource, Path.Combine(folder, "fr.md"));
        File.AppendAllText(Path.Combine(folder, "document.yml"), "  - language: fr\n    source: fr.md\n");

        var (exitCode, printed) = Build(keepGoing: true);

        Assert.Equal(ExitCodes.ContentErrors, exitCode);
        Assert.Contains("A/79/L.99 [fr]: not built, left out of the site", printed, StringComparison.Ordinal);
        Assert.Matches(@"fr\.md\(\d+,\d+\): error SG", printed);
        Assert.Single(Regex.Matches(printed, ": error "));
        Assert.False(Directory.Exists(Path.Combine(Site, "fr")));
        var english = File.ReadAllText(Path.Combine(Site, Page("en", "A/79/L.99")));
        Assert.DoesNotContain("../fr/", english, StringComparison.Ordinal);
        AssertEveryLinkLeadsToAFile();
    }

    /// <summary>Every relative link and resource of every page of the published site names a file of the site.</summary>
    private void AssertEveryLinkLeadsToAFile()
    {
        var site = Path.GetFullPath(Site);
        var checkedLinks = 0;
        foreach (var page in Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories))
        {
            foreach (Match link in LocalLink().Matches(File.ReadAllText(page)))
            {
                var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, Uri.UnescapeDataString(link.Groups["path"].Value)));
                if (Directory.Exists(target))
                {
                    target = Path.Combine(target, "index.html");
                }

                Assert.True(File.Exists(target), $"{Path.GetRelativePath(site, page)} links to {link.Groups["path"].Value}, which is not in the site");
                checkedLinks++;
            }
        }

        Assert.True(checkedLinks > 0, "no link was checked");
    }

    // An href or src that is a path in the site: not an address with a scheme, not a fragment alone, not empty;
    // the path is what comes before any query or fragment.
    [GeneratedRegex("""(?:href|src)="(?![a-z][a-z0-9+.-]*:|#|/)(?<path>[^"#?]+)""")]
    private static partial Regex LocalLink();
}
