using Scriban.Runtime;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Rendering;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering.Site;

public sealed class DocumentViewModelTests
{
    private readonly ScriptObject _model = DocumentViewModel.Build(SiteFixtureDocument.Chinese());

    [Fact]
    public void Units_carry_their_ids_labels_and_citations()
    {
        var op2 = Walk(_model, "operative", 1);
        var sub = Walk(op2, "children", 0);
        var item = Walk(sub, "children", 1);

        Assert.Equal(("op2", "2.", "2"), (op2["id"], op2["label"], op2["citation"]));
        Assert.Equal(("op2-a", "(a)", "2(a)"), (sub["id"], sub["label"], sub["citation"]));
        Assert.Equal(("op2-a-iii", "(三)", "2(a)(三)", "second-degree"), (item["id"], item["label"], item["citation"], item["kind"]));
    }

    [Fact]
    public void Only_the_first_reference_to_a_note_is_anchored()
    {
        var first = NoteRefs(Walk(_model, "preamble", 1));
        var later = NoteRefs(Walk(_model, "preamble", 2));

        Assert.Equal("fnref1", first[0]["ref_id"]);
        Assert.Equal(("fnref2", ""), (later[0]["ref_id"], later[1]["ref_id"]));
        Assert.Equal("fn1", later[1]["note_id"]);
    }

    [Fact]
    public void An_ibid_note_carries_the_note_it_repeats()
    {
        var note = Walk(_model, "notes", 1);
        var repeats = Walk(note, "repeats");

        Assert.Equal(("fn2", "fnref2", true), (note["id"], note["ref_id"], note["referenced"]));
        Assert.Equal(("fn1", 1), (repeats["id"], repeats["number"]));
    }

    [Fact]
    public void Symbol_links_go_to_undocs_in_the_page_language()
    {
        var part = Walk(_model, "preamble", 1, "parts", 1);

        Assert.Equal(("symbol", "https://undocs.org/zh/A/RES/78/218"), (part["kind"], part["url"]));
    }

    [Fact]
    public void Strings_load_for_chinese_and_english_with_the_same_keys()
    {
        var diagnostics = new DiagnosticBag();
        var chinese = UiStrings.Load(RepositoryPaths.Templates, "zh-Hans", diagnostics)!;
        var english = UiStrings.Load(RepositoryPaths.Templates, "en", diagnostics)!;

        Assert.Empty(diagnostics.Items);
        Assert.Equal("序言部分", chinese["preamble_heading"]);
        Assert.Equal(chinese.Values.Keys, english.Values.Keys);
    }

    [Fact]
    public void Missing_strings_are_a_diagnostic()
    {
        var diagnostics = new DiagnosticBag();

        Assert.Null(UiStrings.Load(RepositoryPaths.Templates, "xx", diagnostics));
        Assert.Equal("SG4001", Assert.Single(diagnostics.Items).Code);
    }

    private static List<ScriptObject> NoteRefs(ScriptObject unit) =>
        ((ScriptArray)unit["parts"]!).Cast<ScriptObject>().Where(p => (string?)p["kind"] == "noteref").ToList();

    // Follows keys and indexes through the script object tree.
    private static ScriptObject Walk(ScriptObject root, params object[] steps)
    {
        object? current = root;
        foreach (var step in steps)
        {
            current = step is int index ? ((ScriptArray)current!)[index] : ((ScriptObject)current!)[(string)step];
        }

        return (ScriptObject)current!;
    }
}
