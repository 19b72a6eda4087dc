/// Turns a ``ParsedQuery`` into a ``CompiledQuery``: FTS5 expressions plus filters.
///
/// - A term or phrase that names a known actor becomes an OR of all its spellings
///   (unless `exact`): `putin` → `"putin" OR "poutine" OR "путин"`; spellings that contain the
///   typed words (`Vladimir Putin`) add nothing and are left out. Prefixes are not expanded.
/// - A prefix also matches indexed stems it would miss: `negotiat*` → `("negotiat"* OR "negoti")`.
/// - Exclusions become FTS5 `NOT` next to a positive sibling (`a -b` → `"a" NOT "b"`);
///   a query with nothing positive (`-a -b`) yields ``CompiledQuery/excluded`` (`"a" OR "b"`).
package enum QueryCompiler {
    /// Compiles `parsed`, widening actor names with `actors` and prefixes with `prefixes`.
    ///
    /// `compile(try QueryParser.parse("title:(a OR b) -c"), actors: nil, prefixes: nil, exact: false)
    /// .positive` is `({title} : ("a" OR "b")) NOT "c"`.
    package static func compile(
        _ parsed: ParsedQuery, actors: (any ActorVocabulary)?, prefixes: (any PrefixVocabulary)?,
        exact: Bool
    ) -> CompiledQuery {
        var builder = QueryExpressionBuilder(actors: exact ? nil : actors, prefixes: prefixes)
        var query = CompiledQuery(filters: parsed.filters, issues: parsed.issues)
        switch parsed.root.flatMap({ builder.build($0) }) {
        case .positive(let expression): query.positive = expression
        case .negative(let expression): query.excluded = expression
        case nil: break
        }
        query.expansions = builder.expansions
        query.actors = parsed.filters.actors.map { actors?.canonicalName(for: $0) ?? $0 }
        return query
    }
}
