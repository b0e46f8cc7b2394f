using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;
using SiteGen.Core.Parsing;
using SiteGen.Core.References;

namespace SiteGen.Core.Pipeline;

/// <summary>The model stages for one source: Parse, then Resolve references.</summary>
public static class DocumentModeller
{
    public static ResolutionDocument Model(SourceText source, DocumentMetadata metadata, DiagnosticBag diagnostics)
    {
        var document = ResolutionParser.Parse(source, metadata, diagnostics);
        return new ReferenceResolver().Resolve(document, diagnostics);
    }
}
