using System.Collections.Immutable;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;

namespace SiteGen.Core.Parsing;

/// <summary>
/// Places the blocks below the enacting formula into the preamble and the operative part (DESIGN.md, "Input"
/// and "Anchors"). Ids come from the official numbering: <c>ppN</c> by order, <c>opN</c> from the number,
/// <c>opN-x</c> from the letter, <c>opN-x-roman</c> from the second-degree numeral. An unlabelled block that
/// does not start a paragraph continues the one a page break split. In a text whose operative paragraphs are not
/// numbered (old General Assembly texts, many of the Security Council's: "Decides …", "决定：" with (a)–(c)), the
/// first complete paragraph that ends as an operative one does (with a full stop or semicolon, or a colon followed
/// by a sub-paragraph) is <c>op1</c>, and each complete paragraph after it the next. The units of a text the
/// resolution adopts (<paramref name="adoptedText"/>) are numbered on their own and carry its prefix (<c>decl-op1</c>).
/// </summary>
internal sealed class BodyAssembler(LanguageConventions conventions, SourceText source, DiagnosticBag diagnostics, bool numbered, bool adoptedText = false)
{
    private readonly List<UnitBuilder> _preamble = [];
    private readonly List<UnitBuilder> _operative = [];
    private UnitBuilder? _paragraph;
    private UnitBuilder? _sub;
    private UnitBuilder? _item;

    public void Add(SourceBlock block)
    {
        var (label, content) = block.Labelled(conventions);
        if (label.WithoutSpace)
        {
            diagnostics.Report(DiagnosticCatalog.LabelWithoutSpace, source, block.Span.Start, label.Text, label.Operative);
        }

        if (label.Operative > 0)
        {
            StartOperative(label, content, block.Span);
        }
        else if (label.Letter > 0 || label.Item > 0)
        {
            StartSubParagraph(label, content, block.Span);
        }
        else if (_paragraph is not null)
        {
            // Every unit of a numbered operative part is labelled: an unlabelled block is the rest of one a page
            // break split, unless that one is complete.
            var open = _item ?? _sub ?? _paragraph;
            if (!EndsUnit(open))
            {
                open.Continue(content, block.Span, conventions.Joiner);
            }
            else if (!numbered)
            {
                StartUnnumbered(content, block.Span);
            }
            else
            {
                diagnostics.Report(DiagnosticCatalog.UnplacedBlock, source, block.Span.Start, $"it has no number or letter, and {open.Id} before it is complete");
            }
        }
        else if (_preamble.Count > 0 && !EndsParagraph(_preamble[^1]))
        {
            // A preambular paragraph ends with a comma (or a full stop, semicolon, colon); one that does not
            // was split by a page break.
            _preamble[^1].Continue(content, block.Span, conventions.Joiner);
        }
        else if (!numbered && InlineText.LastNonWhiteSpace(content) is { } last && conventions.UnitEndings.Contains(last) && last is not (':' or '：'))
        {
            StartUnnumbered(content, block.Span);
        }
        else
        {
            _preamble.Add(new UnitBuilder(Preambular(_preamble.Count + 1), "", content, block.Span));
        }
    }

    /// <summary>
    /// Adds the paragraph that adopts the text set out after it ("*Adopts* the following declaration …:"): an
    /// operative paragraph, numbered or not, though it ends with a colon and no sub-paragraph follows.
    /// </summary>
    public void AddAdopting(SourceBlock block)
    {
        var (label, content) = block.Labelled(conventions);
        if (label.Operative > 0)
        {
            Add(block);
        }
        else
        {
            StartUnnumbered(content, block.Span);
        }
    }

    private UnitId Preambular(int number) => adoptedText ? UnitId.Preambular(number).InAdopted() : UnitId.Preambular(number);

    private UnitId Operative(int number) => adoptedText ? UnitId.Operative(number).InAdopted() : UnitId.Operative(number);

    /// <summary>Starts the next operative paragraph of a text that does not number them.</summary>
    private void StartUnnumbered(ImmutableArray<Inline> content, SourceSpan span)
    {
        _paragraph = new UnitBuilder(Operative(_operative.Count + 1), "", content, span);
        _operative.Add(_paragraph);
        _sub = null;
        _item = null;
    }

    public (ImmutableArray<PreambularParagraph> Preamble, ImmutableArray<OperativeParagraph> Operative) Build()
    {
        var preamble = ImmutableArray.CreateBuilder<PreambularParagraph>(_preamble.Count);
        foreach (var paragraph in _preamble)
        {
            preamble.Add(new PreambularParagraph(paragraph.Id, paragraph.Content, paragraph.Segments));
        }

        var operative = ImmutableArray.CreateBuilder<OperativeParagraph>(_operative.Count);
        foreach (var paragraph in _operative)
        {
            operative.Add(new OperativeParagraph(paragraph.Id, paragraph.Label, paragraph.Content, Freeze(paragraph.Children), paragraph.Segments));
        }

        return (preamble.MoveToImmutable(), operative.MoveToImmutable());
    }

    private static ImmutableArray<SubParagraph> Freeze(IReadOnlyList<UnitBuilder> units)
    {
        if (units.Count == 0)
        {
            return [];
        }

        var frozen = ImmutableArray.CreateBuilder<SubParagraph>(units.Count);
        foreach (var unit in units)
        {
            frozen.Add(new SubParagraph(unit.Id, unit.Label, unit.Content, Freeze(unit.Children), unit.Segments));
        }

        return frozen.MoveToImmutable();
    }

    private void StartOperative(BlockLabel label, ImmutableArray<Inline> content, SourceSpan span)
    {
        var expected = _operative.Count == 0 ? 1 : _operative[^1].Id.Number + 1;
        if (label.Operative != expected)
        {
            diagnostics.Report(DiagnosticCatalog.OperativeNumberingGap, source, span.Start, label.Operative, expected - 1, expected);
        }

        _paragraph = new UnitBuilder(Operative(label.Operative), label.Text, content, span);
        _operative.Add(_paragraph);
        _sub = null;
        _item = null;
    }

    private void StartSubParagraph(BlockLabel label, ImmutableArray<Inline> content, SourceSpan span)
    {
        if (_paragraph is null && !numbered && _preamble.Count > 0 && _preamble[^1].LastCharacter is ':' or '：')
        {
            // "决定：" followed by (a): the paragraph that opens the list is the first operative one.
            var opening = _preamble[^1];
            _preamble.RemoveAt(_preamble.Count - 1);
            _paragraph = new UnitBuilder(Operative(1), "", opening.Content, opening.Span);
            foreach (var segment in opening.Segments.Skip(1))
            {
                _paragraph.Continue([], segment, conventions.Joiner);
            }

            _operative.Add(_paragraph);
        }

        if (_paragraph is null)
        {
            diagnostics.Report(DiagnosticCatalog.UnplacedBlock, source, span.Start, $"sub-paragraph {label.Text} stands before the first operative paragraph");
            return;
        }

        if (IsSecondDegree(label))
        {
            if (_sub is null)
            {
                diagnostics.Report(DiagnosticCatalog.UnplacedBlock, source, span.Start, $"{label.Text} has no sub-paragraph to belong to");
                return;
            }

            var expectedItem = _sub.Children.Count == 0 ? 1 : _sub.Children[^1].Id.Item + 1;
            if (label.Item != expectedItem)
            {
                diagnostics.Report(DiagnosticCatalog.SubParagraphSequence, source, span.Start, label.Text, ItemLabel(expectedItem));
            }

            _item = new UnitBuilder(_sub.Id.Item2(label.Item), label.Text, content, span);
            _sub.AddChild(_item);
            return;
        }

        var expectedLetter = _paragraph.Children.Count == 0 ? 1 : _paragraph.Children[^1].Id.Letter + 1;
        if (label.Letter != expectedLetter)
        {
            diagnostics.Report(DiagnosticCatalog.SubParagraphSequence, source, span.Start, label.Text, $"({conventions.LetterText(expectedLetter)})");
        }

        _sub = new UnitBuilder(_paragraph.Id.Sub(label.Letter), label.Text, content, span);
        _paragraph.AddChild(_sub);
        _item = null;
    }

    /// <summary>
    /// Whether a label is a second-degree one. <c>(i)</c> after <c>(h)</c> is the letter i, not the numeral one
    /// (DESIGN.md, "Input"): an ambiguous label is a numeral only where a list of numerals is going on, or where
    /// the sub-paragraph before it opens one with a colon.
    /// </summary>
    private bool IsSecondDegree(BlockLabel label)
    {
        if (label.Letter == 0)
        {
            return true;
        }

        if (label.Item == 0 || _sub is null)
        {
            return false;
        }

        var expectedItem = _sub.Children.Count == 0 ? 1 : _sub.Children[^1].Id.Item + 1;
        var expectedLetter = _paragraph!.Children[^1].Id.Letter + 1;
        var itemFits = label.Item == expectedItem;
        var letterFits = label.Letter == expectedLetter;
        if (itemFits && letterFits)
        {
            return _sub.Children.Count > 0 || _sub.LastCharacter is ':' or '：';
        }

        return itemFits || (!letterFits && _sub.Children.Count > 0);
    }

    private string ItemLabel(int ordinal) => conventions.ItemNumerals switch
    {
        ItemNumerals.Chinese => $"({Ordinals.ToChinese(ordinal)})",
        ItemNumerals.QuotedDigits => $"’{ordinal}‘",
        _ => $"({Ordinals.ToRoman(ordinal).ToLowerInvariant()})",
    };

    private bool EndsUnit(UnitBuilder unit) => unit.LastCharacter is { } last && conventions.UnitEndings.Contains(last);

    private bool EndsParagraph(UnitBuilder unit) => unit.LastCharacter is not { } last || conventions.ParagraphEndings.Contains(last);
}
