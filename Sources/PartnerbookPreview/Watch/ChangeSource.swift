/// Something that notices changed files in a handbook folder and reports each one's path, relative
/// to the folder, from a thread of its own.
protocol ChangeSource: AnyObject, Sendable {
    func start(onChange: @escaping @Sendable (String) -> Void)
    func stop()
}
