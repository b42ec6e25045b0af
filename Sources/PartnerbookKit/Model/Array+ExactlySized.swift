extension Array {
    /// The same items in storage of their size: an array grown item by item has up to twice the
    /// room they take, which adds up over the lists of ten thousand pages.
    var exactlySized: [Element] { withUnsafeBufferPointer(Array.init) }
}
