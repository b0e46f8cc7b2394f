using System.Collections.Frozen;
using Scriban.Runtime;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Loading;
using SiteGen.Core.Rendering.Epub;

namespace SiteGen.Core.Rendering;

/// <summary>
/// The user-interface strings of one language (skip link, headings, control names), read from
/// <c>templates/strings/{language tag}.yml</c>: a flat map of snake_case keys to plain text, where <c>{n}</c>
/// marks the place of a number or citation. Shared by the site and the e-book, and by every page of a language:
/// nothing changes once it is read.
/// </summary>
public sealed class UiStrings
{
    // What templates read as `strings`, made once: read-only, so every page may share them, from any thread.
    private readonly ScriptObject _html;
    private readonly ScriptObject _xhtml;

    // The strings with one place for a number, split there once (Fill).
    private readonly FrozenDictionary<string, FillPattern> _fills;

    private UiStrings(string language, string path, IReadOnlyDictionary<string, string> values)
    {
        Language = language;
        Path = path;
        Values = values;
        _html = ScriptObjectOf(values, text => text);
        _xhtml = ScriptObjectOf(values, XmlSafeText.Clean);
        _fills = values
            .Select(pair => (pair.Key, Pattern: FillPattern.Of(pair.Value)))
            .Where(pair => pair.Pattern is not null)
            .ToFrozenDictionary(pair => pair.Key, pair => pair.Pattern!.Value, StringComparer.Ordinal);
    }

    public string Language { get; }

    /// <summary>The strings file the values were read from, where a missing key is reported.</summary>
    public string Path { get; }

    public IReadOnlyDictionary<string, string> Values { get; }

    public string this[string key] => Values[key];

    /// <summary>The path of a language's strings file inside a templates directory.</summary>
    public static string PathFor(string templatesDirectory, string languageTag) =>
        System.IO.Path.Combine(templatesDirectory, "strings", languageTag + ".yml");

    /// <summary>Reads a language's strings; reports SG4001 and returns null when the file is missing or malformed.</summary>
    public static UiStrings? Load(string templatesDirectory, string languageTag, DiagnosticBag diagnostics)
    {
        var path = PathFor(templatesDirectory, languageTag);
        if (!File.Exists(path))
        {
            diagnostics.Report(DiagnosticCatalog.TemplateError, path, 1, 1, $"no user-interface strings for language {languageTag}");
            return null;
        }

        var yaml = YamlMapping.Parse(File.ReadAllText(path), path, diagnostics, DiagnosticCatalog.TemplateError);
        var values = yaml?.Texts();
        return values is null ? null : new UiStrings(languageTag, path, values.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The value of a key that a renderer needs; reports SG4001 at the strings file and gives "" when it is missing.</summary>
    public string Require(string key, DiagnosticBag diagnostics)
    {
        if (Values.TryGetValue(key, out var value))
        {
            return value;
        }

        diagnostics.Report(DiagnosticCatalog.TemplateError, Path, 1, 1, $"the strings file has no '{key}'");
        return "";
    }

    /// <summary>A required string with its <c>{n}</c> filled in: <c>第 {n} 段的链接</c> → <c>第 2(a) 段的链接</c>.</summary>
    public string Fill(string key, string n, DiagnosticBag diagnostics) =>
        _fills.TryGetValue(key, out var pattern) ? pattern.With(n) : Require(key, diagnostics).Replace("{n}", n, StringComparison.Ordinal);

    /// <summary>
    /// The strings as a read-only script object for templates (<c>strings.skip_link</c>), the same object for every
    /// page; for XHTML with every value made representable in XML (<see cref="XmlSafeText"/>).
    /// </summary>
    public ScriptObject ForTemplates(MarkupFlavor flavor) => flavor == MarkupFlavor.Xhtml ? _xhtml : _html;

    private static ScriptObject ScriptObjectOf(IReadOnlyDictionary<string, string> values, Func<string, string> clean)
    {
        var script = new ScriptObject(values.Count);
        foreach (var (key, value) in values)
        {
            script[key] = clean(value);
        }

        script.IsReadOnly = true;
        return script;
    }
}
