using SiteGen.Core.Model;
using SiteGen.Core.Publishing;

namespace SiteGen.Core.Rendering.Site;

/// <summary>One language version of a document as the site publishes it.</summary>
internal sealed record SiteEdition(DocumentMetadata Metadata, UnLanguage Language, EditionPaths Paths);
