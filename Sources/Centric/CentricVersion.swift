/// The version every output names (manifest, CSV column, report footer).
public enum CentricVersion {
    public static let string = "0.1.0"
}
