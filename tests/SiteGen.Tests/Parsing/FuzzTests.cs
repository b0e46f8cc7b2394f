using System.Text;
using SiteGen.Core.Pipeline;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Loading;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Parsing;

/// <summary>
/// Feeds the model stages mutated versions of the seed: deleted, duplicated and swapped blocks, cut bytes,
/// random Unicode and Markdown, very long lines. Every version must give a model or diagnostics: no exception,
/// no hang, spans inside the text, unique ids whenever there is no error. The run is short by default;
/// SITEGEN_FUZZ_ITERATIONS sets a longer one, SITEGEN_FUZZ_SEED another sequence.
/// </summary>
public sealed class FuzzTests
{
    private static readonly string[] Noise =
    [
        "¹", "³⁵", "⁹⁹⁹⁹⁹⁹⁹⁹⁹⁹⁹", "**", "*", "\\(", "(", ")", "(a)", "(i)", "(十三)", "（一）", "1. ", "99. ", "- ", "> ", "# ",
        "```", "    ", "[", "](#)", "](javascript:alert(1))", "<script>", "{{ x }}", "\u0000", "\uFEFF", "\u202E", "\uD800", "\r",
        "\n", "\n\n", "大会，", "：决议草案", "同上。", "第 78/218 号决议", "A/HRC/25/63", "www.", "😀", "\t",
    ];

    [Fact]
    public async Task Thousands_of_mutated_seeds_never_throw_or_hang_and_always_give_a_model_or_diagnostics()
    {
        var iterations = int.TryParse(Environment.GetEnvironmentVariable("SITEGEN_FUZZ_ITERATIONS"), out var n) ? n : 2000;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("SITEGEN_FUZZ_SEED"), out var s) ? s : 20241120;
        var random = new Random(seed);
        var original = Encoding.UTF8.GetBytes(Sources.SeedText);
        for (var i = 0; i < iterations; i++)
        {
            var input = Mutate(original, random);
            var run = Task.Run(() => Check(input));
            // A hang, not a busy machine: a multi-megabyte mutation takes seconds of wall time when the cores are shared.
            var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(60)));
            var problem = finished == run ? await run : "did not finish in 60 s";
            if (problem is not null)
            {
                var saved = Path.Combine(RepositoryPaths.Artifacts("fuzz"), $"seed{seed}-iteration{i}.md");
                File.WriteAllBytes(saved, input);
                Assert.Fail($"iteration {i} (seed {seed}), input saved as {saved}: {problem}");
            }
        }
    }

    private static string? Check(byte[] input)
    {
        var diagnostics = new DiagnosticBag();
        try
        {
            var source = SourceLoader.FromBytes(input, "fuzz.md", diagnostics);
            if (source is null)
            {
                return diagnostics.HasErrors ? null : "an unusable input gave no error";
            }

            var document = DocumentModeller.Model(source, Sources.SeedMetadata, diagnostics);
            foreach (var unit in document.Units())
            {
                if (unit.Segments.Any(span => span.Start < 0 || span.End > source.Text.Length || span.Length < 0))
                {
                    return $"{unit.Id} has a span outside the text";
                }
            }

            var ids = document.Units().Select(u => u.Id).ToList();
            if (!diagnostics.HasErrors && ids.Distinct().Count() != ids.Count)
            {
                return "duplicate ids without an error";
            }

            return null;
        }
        catch (Exception exception)
        {
            return exception.ToString();
        }
    }

    private static byte[] Mutate(byte[] original, Random random)
    {
        var text = Encoding.UTF8.GetString(original);
        var blocks = text.Split("\n\n").ToList();
        var mutations = random.Next(1, 6);
        for (var m = 0; m < mutations && blocks.Count > 1; m++)
        {
            var at = random.Next(blocks.Count);
            switch (random.Next(7))
            {
                case 0:
                    blocks.RemoveAt(at);
                    break;
                case 1:
                    blocks.Insert(at, blocks[random.Next(blocks.Count)]);
                    break;
                case 2:
                    var other = random.Next(blocks.Count);
                    (blocks[at], blocks[other]) = (blocks[other], blocks[at]);
                    break;
                case 3:
                    var position = random.Next(blocks[at].Length + 1);
                    blocks[at] = blocks[at].Insert(position, Noise[random.Next(Noise.Length)]);
                    break;
                case 4:
                    blocks[at] = string.Concat(Enumerable.Repeat(blocks[at].Replace("\n", " ", StringComparison.Ordinal), random.Next(50, 400)));
                    break;
                case 5:
                    var chars = blocks[at].ToCharArray();
                    for (var k = 0; k < 5 && chars.Length > 0; k++)
                    {
                        chars[random.Next(chars.Length)] = (char)random.Next(0x20, 0xFFFF);
                    }

                    blocks[at] = new string(chars);
                    break;
                default:
                    blocks[at] = blocks[at].Replace("\n", "", StringComparison.Ordinal);
                    break;
            }
        }

        var bytes = Encoding.UTF8.GetBytes(string.Join("\n\n", blocks));
        // Cut bytes now and then, splitting a UTF-8 sequence more often than not.
        return random.Next(5) == 0 ? bytes[..random.Next(bytes.Length + 1)] : bytes;
    }
}
