using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;
using SiteGen.Core.Parsing;

namespace SiteGen.Core.Build;

/// <summary>The model stages for one source: Parse, then Resolve references.</summary>
public static class DocumentModeller
{
    public static ResolutionDocument Model(SourceText source, DocumentMetadata metadata, DiagnosticBag diagnostics)
    {
        var document = ResolutionParser.Parse(source, metadata, diagnostics);
        return document;
    }
}
