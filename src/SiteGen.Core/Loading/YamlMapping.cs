using System.Globalization;
using SiteGen.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Core.Loading;

/// <summary>
/// One YAML mapping of a small configuration file, read through YamlDotNet's syntax tree (no reflection, so the
/// CLI stays NativeAOT-compatible). Every problem — a syntax error, an unknown key, a value of the wrong type —
/// is reported at the exact line and column of the node, with the file's descriptor.
/// </summary>
public sealed class YamlMapping
{
    private readonly YamlMappingNode _node;
    private readonly string _path;
    private readonly DiagnosticBag _diagnostics;
    private readonly DiagnosticDescriptor _descriptor;

    private YamlMapping(YamlMappingNode node, string path, DiagnosticBag diagnostics, DiagnosticDescriptor descriptor)
    {
        _node = node;
        _path = path;
        _diagnostics = diagnostics;
        _descriptor = descriptor;
    }

    /// <summary>Parses a file whose top level is a mapping; null (and a diagnostic) when it is not one.</summary>
    public static YamlMapping? Parse(string text, string path, DiagnosticBag diagnostics, DiagnosticDescriptor descriptor) =>
        Parse(new StringReader(text), path, diagnostics, descriptor);

    /// <summary>Parses a file, read as the parser asks for it, whose top level is a mapping; null (and a diagnostic) when it is not one.</summary>
    public static YamlMapping? Parse(TextReader text, string path, DiagnosticBag diagnostics, DiagnosticDescriptor descriptor)
    {
        var stream = new YamlStream();
        try
        {
            // Read once, with the depth checked event by event as the tree is built: YamlDotNet builds it by
            // recursion, and a deep enough file would end the process with a stack overflow.
            stream.Load(new DepthLimitedParser(new Parser(text)));
        }
        catch (NestingTooDeepException deep)
        {
            diagnostics.Report(descriptor, path, (int)deep.At.Line, (int)deep.At.Column, $"the file nests more than {MaximumDepth} levels deep here; a SiteGen file nests a few");
            return null;
        }
        catch (YamlException exception)
        {
            diagnostics.Report(descriptor, path, (int)exception.Start.Line, (int)exception.Start.Column, exception.Message.Split('\n')[0].Trim());
            return null;
        }
        catch (InvalidOperationException exception)
        {
            // YamlDotNet's scanner gives up this way on some broken flow collections ("{{{…" left open).
            diagnostics.Report(descriptor, path, 1, 1, $"the file is not YAML that can be read: {exception.Message}");
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            return new YamlMapping(new YamlMappingNode(), path, diagnostics, descriptor);
        }

        if (stream.Documents[0].RootNode is YamlMappingNode mapping)
        {
            return new YamlMapping(mapping, path, diagnostics, descriptor);
        }

        Report(stream.Documents[0].RootNode, "the file must be a mapping of keys to values", path, diagnostics, descriptor);
        return null;
    }

    /// <summary>The deepest nesting of mappings and sequences a file may have.</summary>
    public const int MaximumDepth = 32;

    /// <summary>YamlDotNet's parser, stopped where the text first nests deeper than <see cref="MaximumDepth"/>.</summary>
    private sealed class DepthLimitedParser(IParser parser) : IParser
    {
        private int _depth;

        public ParsingEvent? Current => parser.Current;

        public bool MoveNext()
        {
            if (!parser.MoveNext())
            {
                return false;
            }

            switch (parser.Current)
            {
                case MappingStart or SequenceStart when ++_depth > MaximumDepth:
                    throw new NestingTooDeepException(parser.Current.Start);
                case MappingEnd or SequenceEnd:
                    _depth--;
                    break;
            }

            return true;
        }
    }

    /// <summary>Where a text nests too deep: ends the reading of the tree before its recursion goes deeper.</summary>
    private sealed class NestingTooDeepException(Mark at) : Exception
    {
        public Mark At { get; } = at;
    }

    /// <summary>Whether every key is one of <paramref name="known"/>; reports each one that is not.</summary>
    public bool HasOnlyKeys(params string[] known)
    {
        var valid = true;
        foreach (var key in _node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(name, StringComparer.Ordinal))
            {
                Report(key, $"unknown key '{name}'; the keys are {string.Join(", ", known)}");
                valid = false;
            }
        }

        return valid;
    }

    /// <summary>Every entry as text, for a flat map of keys to texts; null (and a diagnostic per bad value) otherwise.</summary>
    public Dictionary<string, string>? Texts()
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var valid = true;
        foreach (var (key, value) in _node.Children)
        {
            if (key is YamlScalarNode { Value: { } name } && value is YamlScalarNode scalar)
            {
                texts[name] = scalar.Value ?? "";
            }
            else
            {
                Report(value, $"'{(key as YamlScalarNode)?.Value}' must be a text");
                valid = false;
            }
        }

        return valid ? texts : null;
    }

    public string? String(string key) => Get(key) switch
    {
        null => null,
        YamlScalarNode scalar => scalar.Value,
        var other => Wrong(other, key, "a text"),
    };

    public DateOnly? Date(string key)
    {
        var node = Get(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } value } && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Report(node, $"'{key}' must be a date written as YYYY-MM-DD");
        return null;
    }

    public IReadOnlyList<string>? Strings(string key)
    {
        var node = Get(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlSequenceNode sequence && sequence.Children.All(c => c is YamlScalarNode))
        {
            return [.. sequence.Children.Cast<YamlScalarNode>().Select(c => c.Value ?? "")];
        }

        return Wrong<IReadOnlyList<string>>(node, key, "a list of texts");
    }

    public IReadOnlyList<YamlMapping>? Mappings(string key)
    {
        var node = Get(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlSequenceNode sequence && sequence.Children.All(c => c is YamlMappingNode))
        {
            return [.. sequence.Children.Cast<YamlMappingNode>().Select(m => new YamlMapping(m, _path, _diagnostics, _descriptor))];
        }

        return Wrong<IReadOnlyList<YamlMapping>>(node, key, "a list of mappings");
    }

    /// <summary>Reports a problem with the value of a key (or with the whole mapping when the key is absent).</summary>
    public void ReportAt(string key, string message) => Report(Get(key) ?? _node, message);

    private YamlNode? Get(string key) =>
        _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private T? Wrong<T>(YamlNode node, string key, string expected)
        where T : class
    {
        Report(node, $"'{key}' must be {expected}");
        return null;
    }

    private string? Wrong(YamlNode node, string key, string expected) => Wrong<string>(node, key, expected);

    private void Report(YamlNode node, string message) => Report(node, message, _path, _diagnostics, _descriptor);

    private static void Report(YamlNode node, string message, string path, DiagnosticBag diagnostics, DiagnosticDescriptor descriptor) =>
        diagnostics.Report(descriptor, path, Math.Max(1, (int)node.Start.Line), Math.Max(1, (int)node.Start.Column), message);
}
