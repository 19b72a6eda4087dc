/// What sort of actor a name stands for.
package enum ActorKind: String, Sendable, Codable, CaseIterable, Comparable {
    /// A person: "Vladimir Putin".
    case person
    /// An organisation: "NATO", "European Union".
    case org
    /// A country, region or city: "Ukraine", "Kursk".
    case place

    package static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
