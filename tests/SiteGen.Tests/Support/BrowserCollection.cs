namespace SiteGen.Tests.Support;

/// <summary>The test classes that share one browser and one server (<see cref="BrowserFixture"/>).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
