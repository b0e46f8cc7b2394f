namespace SiteGen.Core.Pipeline;

/// <summary>What a build writes: the website, the e-books, the model exports; all three by default.</summary>
[Flags]
public enum OutputFormats
{
    Site = 1,
    Epub = 2,
    Model = 4,
    All = Site | Epub | Model,
}
