/// A known actor: a canonical name and what it names.
///
/// Example: `AliasTable.builtIn().actor(named: "Poutine")` → `Actor(name: "Vladimir Putin", kind: .person)`.
package struct Actor: Sendable, Hashable {
    /// The canonical name, as displayed.
    package var name: String
    /// Person, organisation or place.
    package var kind: ActorKind

    /// Creates an actor.
    package init(name: String, kind: ActorKind) {
        self.name = name
        self.kind = kind
    }
}
