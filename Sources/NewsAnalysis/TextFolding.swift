/// The one definition of "same word" in newsearch.
///
/// `fold` lowercases, removes diacritics, and splits the text into words exactly as SQLite
/// FTS5's `unicode61 remove_diacritics 2` tokenizer does — a word is a maximal run of letters
/// and digits — then joins the words with single spaces:
///
/// | input | folded |
/// | --- | --- |
/// | `Sergueï Lavrov` | `serguei lavrov` |
/// | `Saint-Pétersbourg` | `saint petersbourg` |
/// | `U.S.` | `u s` (as FTS5 indexes it: two tokens) |
/// | `Łódź`, `Ørsted` | `lodz`, `orsted` |
/// | `Straße` | `strasse` |
/// | `  Zelenskyy's  ` | `zelenskyy s` |
///
/// Decisions: `ß`, `æ`, `œ`, `þ` expand to two letters and `ł`, `ø`, `đ`, `ı` lose their
/// stroke, because English news spells those names that way (`Strauss`, `Orsted`), and
/// accents are removed from every script (Cyrillic `й` → `и`). FTS5 keeps all of those as
/// they are (checked against SQLite: `straße`, `łodz`, `ørsted`, `йошкар`); text handed to
/// FTS5 `MATCH` is tokenized by NewsSearch's `QueryTokenizer`, which mirrors FTS5. Combining marks
/// in decomposed input are dropped inside their word, as FTS5 does (`e\u{301}lyse\u{301}e` → `elysee`).
package enum TextFolding {
    /// Folds text to its canonical searchable form: `"Saint-Pétersbourg"` → `"saint petersbourg"`.
    package static func fold(_ s: some StringProtocol) -> String {
        if let ascii = s.utf8.withContiguousStorageIfAvailable(foldASCII), let folded = ascii {
            return folded
        }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var inWord = false
        for scalar in s.unicodeScalars {
            let value = scalar.value
            let folded = FoldTable.fold(value)
            if folded == FoldTable.separator {
                inWord = false
                continue
            }
            if folded == FoldTable.dropped { continue }
            if !inWord && !out.isEmpty { out.append(UInt8(ascii: " ")) }
            inWord = true
            Tokenizer.forEachFoldedByte(folded, original: value) { out.append($0) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The fast path for ASCII text (nil if there is a non-ASCII byte): one allocation at
    /// most, none for short words — the output is never longer than the input.
    private static func foldASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        return String(unsafeUninitializedCapacity: bytes.count) { out in
            var count = 0
            var inWord = false
            for byte in bytes {
                let folded = FoldTable.asciiFold(byte)
                if folded == FoldTable.separator {
                    inWord = false
                    continue
                }
                if !inWord && count > 0 {
                    out[count] = UInt8(ascii: " ")
                    count += 1
                }
                inWord = true
                out[count] = UInt8(folded)
                count += 1
            }
            return count
        }
    }

    /// The folded words of `s`: `"U.S. Treasury"` → `["u", "s", "treasury"]`.
    package static func words(_ s: some StringProtocol) -> [String] {
        fold(s).split(separator: " ").map(String.init)
    }
}
