using System.Globalization;
using System.Text;
using Accounts.FullWidthTableGenerator;

// Writes the C# source of Accounts.Text.FullWidthTables: one bitmap per full-width repertoire,
// in the order of the FullWidthRepertoire enum. Arguments: the output file and the data directory.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: FullWidthTableGenerator <output .cs file> <data directory>");
    return 2;
}

var (output, data) = (args[0], args[1]);
var jisX0208 = Cp932Repertoire.JisX0208();
var repertoires = new[]
{
    jisX0208,
    Cp932Repertoire.Cp932(),
    RangeFile.Read(Path.Combine(data, "jis-x-0213.txt")).Union(jisX0208).ToHashSet(),
    RangeFile.Read(Path.Combine(data, "east-asian-width-wf.txt")),
};

// No full-width field takes ASCII or half-width katakana, whatever a mapping says (Shift_JIS-2004
// maps two double-byte codes to \ and ~), nor what no text field takes (the soft hyphen).
foreach (var repertoire in repertoires)
{
    repertoire.RemoveWhere(NeverFullWidth.Holds);
}

var source = BitmapSource.Write("Accounts.Text", "FullWidthTables", repertoires);
var existing = File.Exists(output) ? File.ReadAllText(output) : null;
if (existing != source)
{
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
    File.WriteAllText(output, source, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"FullWidthTables: {string.Join(", ", repertoires.Select(r => r.Count))} characters"));
return 0;
