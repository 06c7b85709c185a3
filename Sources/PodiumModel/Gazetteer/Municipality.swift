/// A German municipality (Gemeinde) of the built-in gazetteer.
public struct Municipality: Hashable, Sendable {
    /// The 8-digit Amtlicher Gemeindeschlüssel: "07312000".
    public let ags: String
    /// The name without its published suffix: "Kaiserslautern".
    public let name: String
    /// The name as Destatis publishes it: "Kaiserslautern, Stadt".
    public let officialName: String
    public let district: String?
    public let state: String
    public let population: Int?
    public let postalCode: String?
    public let latitude: Double?
    public let longitude: Double?
}
