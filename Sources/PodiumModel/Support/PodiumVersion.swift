/// podium's version, as recorded with each import run.
public enum PodiumVersion {
    public static let current = "0.1.0"
}
