public enum FactlintVersion {
  public static let current = "0.1.0"
}
