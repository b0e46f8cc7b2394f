using System.Text.Json;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;
using SiteGen.Core.Publishing;

namespace SiteGen.Tests.Support;

/// <summary>A document's model export (<see cref="ModelJsonWriter"/>), written in memory and parsed back.</summary>
public static class ModelExport
{
    public static JsonDocument Of(ResolutionDocument document, IReadOnlyList<Diagnostic> diagnostics)
    {
        using var stream = new MemoryStream();
        ModelJsonWriter.Write(document, diagnostics, stream);
        return JsonDocument.Parse(stream.ToArray());
    }
}
