using System.Globalization;
using System.Text;
using Accounts.Results;
using Accounts.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Accounts.Domain.Tests.Text;

[Trait("Req", "R-ORG-4")]
[Trait("Req", "R-APP-5")]
public sealed class FullWidthRepertoireTests
{
    // Assigned members only; a combining voiced mark is left out of both because it is judged with the kana before it.
    private static readonly Lazy<Rune[]>[] MemberCache = [.. Enum.GetValues<FullWidthRepertoire>().Select(r => new Lazy<Rune[]>(() => Assigned().Where(rune => FullWidthOracle.Holds(r, rune.Value) && rune.Value is not (0x3099 or 0x309A)).ToArray()))];

    private static readonly Lazy<Rune[]>[] OutsiderCache = [.. Enum.GetValues<FullWidthRepertoire>().Select(r => new Lazy<Rune[]>(() => Assigned().Where(rune => !FullWidthOracle.Holds(r, rune.Value) && rune.Value is not (0x3099 or 0x309A)).ToArray()))];

    public static TheoryData<FullWidthRepertoire> Repertoires => [.. Enum.GetValues<FullWidthRepertoire>()];

    [Theory]
    [MemberData(nameof(Repertoires))]
    public void OverTheWholeCodeSpace_TheRepertoire_HoldsExactlyWhatItsSourceHolds(FullWidthRepertoire repertoire)
    {
        var mismatches = new List<string>();
        var count = 0;
        for (var codePoint = 0; codePoint <= 0x10FFFF; codePoint++)
        {
            if (codePoint is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            var expected = FullWidthOracle.Holds(repertoire, codePoint);
            count += expected ? 1 : 0;
            if (FullWidthCharacters.Contains(repertoire, new Rune(codePoint)) != expected && mismatches.Count < 10)
            {
                mismatches.Add($"U+{codePoint:X4} expected {(expected ? "in" : "out")}");
            }
        }

        Assert.Empty(mismatches);
        Assert.Equal(count, FullWidthCharacters.Count(repertoire));
    }

    [Fact]
    public void JisX0208_IsTheFamiliarSize_AndEveryOtherJisRepertoireHoldsIt()
    {
        // 6,879 characters of JIS X 0208:1997 and the JIS reading of the seven codes Windows maps differently.
        Assert.Equal(6_879 + FullWidthOracle.JisStandardReadings.Count, FullWidthCharacters.Count(FullWidthRepertoire.JisX0208));
        for (var codePoint = 0; codePoint < 0x10000; codePoint++)
        {
            if (codePoint is >= 0xD800 and <= 0xDFFF || !FullWidthCharacters.Contains(FullWidthRepertoire.JisX0208, new Rune(codePoint)))
            {
                continue;
            }

            Assert.True(FullWidthCharacters.Contains(FullWidthRepertoire.Cp932, new Rune(codePoint)), $"U+{codePoint:X4} is missing from code page 932.");
            Assert.True(FullWidthCharacters.Contains(FullWidthRepertoire.JisX0213, new Rune(codePoint)), $"U+{codePoint:X4} is missing from JIS X 0213.");
        }
    }

    [Theory]
    [MemberData(nameof(Repertoires))]
    public void NoRepertoire_HoldsAsciiHalfWidthKatakanaOrACharacterNoFieldAccepts(FullWidthRepertoire repertoire)
    {
        var offenders = Enumerable.Range(0, 0x110000)
            .Where(c => c is < 0xD800 or > 0xDFFF)
            .Select(c => new Rune(c))
            .Where(r => r.Value is (>= 0x20 and <= 0x7E) or (>= 0xFF61 and <= 0xFF9F) || (TextValidation.HasForbiddenCharacters(r.ToString()) && Rune.GetUnicodeCategory(r) != UnicodeCategory.OtherNotAssigned))
            .Where(r => FullWidthCharacters.Contains(repertoire, r))
            .Select(r => $"U+{r.Value:X4}")
            .Take(10)
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void TheDocumentedTable_IsWhatTheRepertoiresHold()
    {
        var rows = File.ReadAllLines(Path.Combine(GoldenDocs.RepositoryRoot(), "docs", "full-width.md"))
            .Where(line => line.StartsWith("| U+", StringComparison.Ordinal))
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries)[1..^1])
            .ToList();

        Assert.True(rows.Count >= 40, "docs/full-width.md lists the edge characters.");
        var presets = File.ReadAllLines(Path.Combine(GoldenDocs.RepositoryRoot(), "docs", "full-width.md"))
            .Where(line => line.StartsWith("| `", StringComparison.Ordinal))
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .ToDictionary(cells => Enum.Parse<FullWidthRepertoire>(cells[1].Split('`')[1]), cells => int.Parse(cells[3], NumberStyles.AllowThousands, CultureInfo.InvariantCulture));
        Assert.Equal(Enum.GetValues<FullWidthRepertoire>().ToDictionary(r => r, FullWidthCharacters.Count), presets);
        foreach (var row in rows)
        {
            var rune = new Rune(int.Parse(row[0][2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture));
            var documented = row[3..7].Select(mark => mark == "✓").ToArray();
            var actual = Enum.GetValues<FullWidthRepertoire>().Select(repertoire => TextValidation.IsValid("株" + rune, new TextRule(TextKind.FullWidth, 2, FullWidth: repertoire))).ToArray();
            Assert.True(documented.SequenceEqual(actual), $"{row[0]} {row[1]}: documented {string.Join(' ', row[3..7])}, accepted {string.Join(' ', actual.Select(a => a ? "✓" : "✗"))}.");
        }
    }

    [Theory]
    [InlineData(0xFFA0)] // HALFWIDTH HANGUL FILLER
    [InlineData(0x20A9)] // ₩
    [InlineData(0x27E6)] // ⟦
    [InlineData(0x27E7)] // ⟧
    [InlineData(0x27E8)] // ⟨
    [InlineData(0x27E9)] // ⟩
    [InlineData(0x0E01)] // Thai ก
    [InlineData(0x12000)] // Cuneiform 𒀀
    public void TheCharactersTheOldRuleLetThrough_AreRefusedByEveryPreset(int codePoint)
    {
        foreach (var repertoire in Enum.GetValues<FullWidthRepertoire>())
        {
            var errors = new List<Error>();
            TextValidation.Check("株式会社" + new Rune(codePoint), new TextRule(TextKind.FullWidth, 50, FullWidth: repertoire), "name", errors);

            var error = Assert.Single(errors);
            Assert.Equal(("field.full_width_required", $"U+{codePoint:X4}", "5"), (error.Code, error.ArgumentValue("codePoint"), error.ArgumentValue("position")));
        }
    }

    [Theory]
    [InlineData(0xFDD0)]
    [InlineData(0xFDEF)]
    [InlineData(0xFFFE)]
    [InlineData(0x2FFFF)]
    [InlineData(0xE000)]
    public void NoncharactersAndPrivateUse_AreInvalidCharacters_InEveryPreset(int codePoint)
    {
        foreach (var repertoire in Enum.GetValues<FullWidthRepertoire>())
        {
            var errors = new List<Error>();
            TextValidation.Check("株" + new Rune(codePoint), new TextRule(TextKind.FullWidth, 50, FullWidth: repertoire), "name", errors);

            var error = Assert.Single(errors);
            Assert.Equal(("field.invalid_character", $"U+{codePoint:X4}", "2"), (error.Code, error.ArgumentValue("codePoint"), error.ArgumentValue("position")));
        }
    }

    [Theory]
    [InlineData("カ\u3099", FullWidthRepertoire.JisX0208, true)]   // ガ as macOS sends it
    [InlineData("ハ\u309A", FullWidthRepertoire.JisX0208, true)]   // パ
    [InlineData("ワ\u3099", FullWidthRepertoire.JisX0208, false)]  // ヷ is not JIS X 0208
    [InlineData("ワ\u3099", FullWidthRepertoire.JisX0213, true)]
    [InlineData("か\u309A", FullWidthRepertoire.JisX0208, false)]  // か゚, a JIS X 0213 kana
    [InlineData("か\u309A", FullWidthRepertoire.JisX0213, true)]
    [InlineData("\u3099", FullWidthRepertoire.JisX0208, false)]    // a mark on nothing
    public void ACombiningVoicedMark_IsJudgedWithTheKanaBeforeIt(string value, FullWidthRepertoire repertoire, bool accepted)
    {
        Assert.Equal(accepted, TextValidation.IsValid(value, new TextRule(TextKind.FullWidth, 5, FullWidth: repertoire)));
    }

    [Theory]
    [MemberData(nameof(Repertoires))]
    public void CheckingAFullWidthField_AllocatesNothing(FullWidthRepertoire repertoire)
    {
        var rule = new TextRule(TextKind.FullWidth, 100, FullWidth: repertoire);
        var value = string.Concat(Enumerable.Repeat("株式会社〜ガ\u3000", 10));
        _ = TextValidation.IsValid(value, rule);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var valid = TextValidation.IsValid(value, rule);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(valid);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void AnUnknownRepertoire_IsRefusedWhenTheRuleIsMade()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextRule(TextKind.FullWidth, 10, FullWidth: (FullWidthRepertoire)9));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextRule(TextKind.FullWidth, 10) with { FullWidth = (FullWidthRepertoire)(-1) });
        Assert.Throws<ArgumentOutOfRangeException>(() => FullWidthCharacters.Contains((FullWidthRepertoire)4, new Rune('株')));
    }

    [Property(MaxTest = 2000)]
    public Property Property_ACharacterAnywhereInTheCodeSpace_IsAcceptedExactlyWhenThePresetHoldsIt_OrNamed()
    {
        var samples =
            from repertoire in Gen.Elements(Enum.GetValues<FullWidthRepertoire>())
            from codePoint in Gen.OneOf(
                Gen.Choose(0x20, 0xD7FF),
                Gen.Choose(0xE000, 0xFFFF),
                Gen.Choose(0x10000, 0x10FFFF),
                Gen.Choose(0x2000, 0x33FF),
                Gen.Choose(0x4E00, 0x9FFF),
                Gen.Choose(0xFF00, 0xFFEF),
                Gen.Choose(0x1F000, 0x1FAFF),
                Gen.Choose(0x20000, 0x2FFFF))
            select (repertoire, codePoint);

        return Prop.ForAll(samples.ToArbitrary(), sample =>
        {
            var (repertoire, codePoint) = sample;
            var rune = new Rune(codePoint);
            var errors = new List<Error>();
            TextValidation.Check("株" + rune, new TextRule(TextKind.FullWidth, 10, FullWidth: repertoire), "field", errors);

            if (TextValidation.HasForbiddenCharacters(rune.ToString()))
            {
                return errors.Single().Code == "field.invalid_character";
            }

            return FullWidthOracle.Holds(repertoire, codePoint)
                ? errors.Count == 0
                : errors.Single() is { Code: "field.full_width_required" } error && error.ArgumentValue("codePoint") == $"U+{codePoint:X4}" && error.ArgumentValue("position") == "2";
        });
    }

    [Property(MaxTest = 300)]
    public Property Property_TextOfThePreset_IsAccepted_AndOneOutsiderIsNamedWhereItStands()
    {
        var samples =
            from repertoire in Gen.Elements(Enum.GetValues<FullWidthRepertoire>())
            from text in Gen.Elements(Members(repertoire)).ArrayOf().Select(runes => string.Concat(runes.Select(r => r.ToString())))
            from outsider in Gen.Elements(Outsiders(repertoire))
            from position in Gen.Choose(0, text.EnumerateRunes().Count())
            select (repertoire, text, outsider, position);

        return Prop.ForAll(samples.ToArbitrary(), sample =>
        {
            var (repertoire, text, outsider, position) = sample;
            var rule = new TextRule(TextKind.FullWidth, 1_000, Required: false, FullWidth: repertoire);
            var runes = text.EnumerateRunes().ToList();
            runes.Insert(position, outsider);
            var errors = new List<Error>();
            TextValidation.Check(string.Concat(runes.Select(r => r.ToString())), rule, "field", errors);

            return TextValidation.IsValid(text, rule)
                && errors.Single() is { Code: "field.full_width_required" } error
                && error.ArgumentValue("codePoint") == $"U+{outsider.Value:X4}"
                && error.ArgumentValue("position") == (position + 1).ToString(CultureInfo.InvariantCulture);
        });
    }

    private static Rune[] Members(FullWidthRepertoire repertoire) => MemberCache[(int)repertoire].Value;

    private static Rune[] Outsiders(FullWidthRepertoire repertoire) => OutsiderCache[(int)repertoire].Value;

    private static IEnumerable<Rune> Assigned() =>
        Enumerable.Range(0x20, 0x40000 - 0x20)
            .Where(c => c is < 0xD800 or > 0xDFFF)
            .Select(c => new Rune(c))
            .Where(r => !TextValidation.HasForbiddenCharacters(r.ToString()));
}
