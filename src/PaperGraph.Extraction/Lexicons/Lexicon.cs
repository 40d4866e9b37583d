using System.Reflection;
using PaperGraph.Extraction.Model;
using PaperGraph.Extraction.Text;

namespace PaperGraph.Extraction.Lexicons;

/// <summary>
/// Known names and the word lists the recognisers use, loaded from TSV files: the built-in ones
/// embedded in this assembly plus any user folders holding files of the same names.
/// Immutable once loaded, so one instance serves many threads.
/// </summary>
public sealed class Lexicon
{
    private readonly Dictionary<string, LexiconEntry> _byKey;
    private readonly Dictionary<string, LexiconEntry>.AlternateLookup<ReadOnlySpan<char>> _byKeySpan;
    // Every prefix of every key, mapped to the entry when the prefix is itself a whole key: the name finder
    // learns with one lookup per word both whether a name can still match and whether one matches here.
    private readonly Dictionary<string, LexiconEntry?> _prefixes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LexiconEntry?>.AlternateLookup<ReadOnlySpan<char>> _prefixesSpan;
    private readonly KeyPrefixFilter _prefixFilter;
    private readonly Dictionary<string, string> _metrics;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _metricsSpan;
    private readonly HashSet<string> _generic;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _genericSpan;
    private readonly Dictionary<string, EntityKind> _cues;
    private readonly Dictionary<string, EntityKind>.AlternateLookup<ReadOnlySpan<char>> _cuesSpan;
    private readonly HashSet<string> _families;
    private readonly HashSet<string> _nameParts;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _namePartsSpan;
    private readonly Dictionary<string, HashSet<string>> _exactCase;
    private readonly Dictionary<string, HashSet<string>>.AlternateLookup<ReadOnlySpan<char>> _exactCaseSpan;

    private Lexicon(LexiconData data)
    {
        Entries = [.. data.Entries.Values];
        _byKey = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        _exactCase = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var caseFree = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in Entries)
        {
            foreach (var form in FormsOf(entry))
            {
                var key = NameKey.Of(form);
                if (key.Length > 0)
                    _byKey.TryAdd(key, entry);
                for (var length = 1; length <= key.Length; length++)
                    _prefixes.TryAdd(key[..length], null);
                if (entry.ExactCaseForms.Contains(form))
                    ExactFormsOf(key).Add(CaseKey(form));
                else
                    caseFree.Add(key);
                MaxNameWords = Math.Max(MaxNameWords, Tokenizer.Tokenize(form).Count);
            }
        }

        // A key some form accepts in any case is not restricted by another form's exact case.
        foreach (var key in caseFree)
            _exactCase.Remove(key);
        _byKeySpan = _byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (key, entry) in _byKey)
            _prefixes[key] = entry;
        _prefixesSpan = _prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixFilter = new KeyPrefixFilter(_prefixes.Keys);
        _exactCaseSpan = _exactCase.GetAlternateLookup<ReadOnlySpan<char>>();
        _metrics = data.Metrics;
        _metricsSpan = _metrics.GetAlternateLookup<ReadOnlySpan<char>>();
        _generic = data.Generic;
        _genericSpan = _generic.GetAlternateLookup<ReadOnlySpan<char>>();
        _cues = data.Cues;
        _cuesSpan = _cues.GetAlternateLookup<ReadOnlySpan<char>>();
        Suffixes = [.. data.Suffixes.OrderByDescending(s => s.Suffix.Length)];
        _nameParts = data.NameParts;
        _namePartsSpan = _nameParts.GetAlternateLookup<ReadOnlySpan<char>>();
        _families = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in Entries.Where(e => e.Kind == EntityKind.Model && e.Family is { Length: > 0 }))
            _families.Add(NameKey.Of(entry.Family));
        Families = [.. _families.OrderByDescending(f => f.Length)];
    }

    /// <summary>Every known model, benchmark, dataset and method.</summary>
    public IReadOnlyList<LexiconEntry> Entries { get; }

    /// <summary>The most words any known name or alias has, bounding the lookup window.</summary>
    public int MaxNameWords { get; } = 1;

    /// <summary>Name endings that type a name, longest first.</summary>
    public IReadOnlyList<(string Suffix, EntityKind Kind)> Suffixes { get; }

    /// <summary>Keys of the model families ("llama", "gpt"), longest first.</summary>
    public IReadOnlyList<string> Families { get; }

    /// <summary>The built-in lexicon embedded in this assembly.</summary>
    public static Lexicon LoadBuiltIn() => Load([]);

    /// <summary>The built-in lexicon plus user folders; a user row with a known name replaces the built-in one.</summary>
    /// <exception cref="LexiconException">A user file has a bad row.</exception>
    public static Lexicon Load(IEnumerable<string> userDirectories)
    {
        ArgumentNullException.ThrowIfNull(userDirectories);
        var data = new LexiconData();
        var assembly = typeof(Lexicon).Assembly;
        foreach (var file in LexiconFiles.All)
        {
            using var stream = assembly.GetManifestResourceStream("PaperGraph.Extraction.Lexicons." + file);
            if (stream is null)
                continue;
            using var reader = new StreamReader(stream);
            data.Read(file, file, reader);
        }

        foreach (var directory in userDirectories)
        {
            if (!Directory.Exists(directory))
                throw new LexiconException($"{directory}: lexicon folder not found");
            foreach (var file in LexiconFiles.All)
            {
                var path = Path.Combine(directory, file);
                if (!File.Exists(path))
                    continue;
                using var reader = new StreamReader(path);
                data.Read(file, path, reader);
            }
        }

        return new Lexicon(data);
    }

    /// <summary>Creates a lexicon from TSV texts keyed by file name (for tests and embedding hosts).</summary>
    public static Lexicon FromTexts(IReadOnlyDictionary<string, string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var data = new LexiconData();
        foreach (var file in LexiconFiles.All)
        {
            if (files.TryGetValue(file, out var text))
                data.Read(file, file, new StringReader(text));
        }

        return new Lexicon(data);
    }

    /// <summary>Finds the entry whose name, alias or expansion has <paramref name="key"/> (a <see cref="NameKey"/>).</summary>
    public bool TryFind(ReadOnlySpan<char> key, out LexiconEntry entry) => _byKeySpan.TryGetValue(key, out entry!);

    /// <summary>
    /// True when some known key starts with <paramref name="prefix"/>, with <paramref name="entry"/> set when the
    /// prefix is a whole key: the name finder stops extending a candidate as soon as no lexicon name can still
    /// match, instead of trying every window length, and learns of a match in the same lookup.
    /// </summary>
    public bool TryFindPrefix(ReadOnlySpan<char> prefix, out LexiconEntry? entry)
    {
        entry = null;
        return _prefixFilter.MayContain(prefix) && _prefixesSpan.TryGetValue(prefix, out entry);
    }

    /// <summary>Finds the entry for a written name, respecting forms that must be written in their exact case.</summary>
    public LexiconEntry? Find(string name) => CaseAllows(name) ? _byKey.GetValueOrDefault(NameKey.Of(name)) : null;

    /// <summary>
    /// False when <paramref name="written"/> has the key of case-sensitive forms only ("MATH") and is written
    /// with other capitals ("Math"); true otherwise, including for names the lexicon does not know.
    /// </summary>
    public bool CaseAllows(ReadOnlySpan<char> written)
    {
        Span<char> buffer = written.Length <= 256 ? stackalloc char[written.Length] : new char[written.Length];
        var length = NameKey.Write(written, buffer);
        if (!_exactCaseSpan.TryGetValue(buffer[..length], out var forms))
            return true;
        length = WriteCaseKey(written, buffer);
        return forms.GetAlternateLookup<ReadOnlySpan<char>>().Contains(buffer[..length]);
    }

    /// <summary>The canonical metric for a written metric word ("acc" is accuracy), else null.</summary>
    public string? Metric(string word) => Metric(word.AsSpan());

    /// <summary>The canonical metric for a written metric word, looked up without copying the word.</summary>
    public string? Metric(ReadOnlySpan<char> word)
    {
        Span<char> key = stackalloc char[64];
        if (word.Length > key.Length)
            return _metrics.GetValueOrDefault(NameKey.Of(word));
        var length = NameKey.Write(word, key);
        return _metricsSpan.TryGetValue(key[..length], out var metric) ? metric : null;
    }

    /// <summary>True for a term that names a class of things, never one entity ("LLMs", "SOTA").</summary>
    public bool IsGeneric(ReadOnlySpan<char> key) => _genericSpan.Contains(key);

    /// <summary>The kind a head noun gives the name it describes ("benchmark"), compared lower-case.</summary>
    public EntityKind? CueKind(ReadOnlySpan<char> lowerWord) =>
        _cuesSpan.TryGetValue(lowerWord, out var kind) ? kind : null;

    /// <summary>True for a word that continues a preceding name ("Chat" in "E.T. Chat").</summary>
    public bool IsNamePart(ReadOnlySpan<char> word) => _namePartsSpan.Contains(word);

    /// <summary>True when <paramref name="key"/> is a known model family's key.</summary>
    public bool IsFamily(string key) => _families.Contains(key);

    /// <summary>True when <paramref name="key"/> is the key of a known model family, looked up without copying it.</summary>
    public bool IsFamily(ReadOnlySpan<char> key) => _families.Contains(key);

    private HashSet<string> ExactFormsOf(string key)
    {
        if (!_exactCase.TryGetValue(key, out var forms))
            _exactCase[key] = forms = new HashSet<string>(StringComparer.Ordinal);
        return forms;
    }

    // Letters and digits with their case kept: "MATH" and "Math" differ, "GPT-4" and "GPT4" do not.
    private static string CaseKey(string form)
    {
        Span<char> buffer = form.Length <= 256 ? stackalloc char[form.Length] : new char[form.Length];
        return new string(buffer[..WriteCaseKey(form, buffer)]);
    }

    private static int WriteCaseKey(ReadOnlySpan<char> form, Span<char> destination)
    {
        var length = 0;
        foreach (var c in form)
        {
            if (char.IsAsciiLetterOrDigit(c))
                destination[length++] = c;
        }

        return length;
    }

    private static IEnumerable<string> FormsOf(LexiconEntry entry)
    {
        yield return entry.Name;
        foreach (var alias in entry.Aliases)
            yield return alias;
        if (entry.Expansion is { Length: > 0 } expansion)
            yield return expansion;
    }
}
