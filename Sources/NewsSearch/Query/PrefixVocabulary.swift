/// Knows which indexed stems a prefix search should also match.
///
/// The index stores porter stems: "negotiations" is stored as `negoti`, which the prefix
/// `negotiat*` does not cover. A vocabulary returns such stems so that the compiler can
/// search `("negotiat"* OR "negoti")`.
package protocol PrefixVocabulary {
    /// Indexed stems that words beginning with `prefix` reduce to but that do not themselves
    /// begin with it (at most a few dozen); empty when there are none.
    func stems(forPrefix prefix: String) -> [String]
}
