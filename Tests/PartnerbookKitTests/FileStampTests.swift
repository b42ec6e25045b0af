import Foundation
@testable import PartnerbookKit
import XCTest

/// The one-word text of a file's stamp, as the build cache and snapshot record it.
final class FileStampTests: XCTestCase {
    func testTheTextIsSizeTimeAndInode() throws {
        let file = try Paths.temporaryFolder(self).appendingPathComponent("stamped.txt")
        try Data("twelve bytes".utf8).write(to: file)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_700_000_000.25)], ofItemAtPath: file.path)
        let stamp = try XCTUnwrap(FileStamp(file.path))
        XCTAssertEqual(String(stamp.text), "12,1700000000.\(stamp.nanoseconds),\(stamp.inode)")
        XCTAssertEqual(stamp.nanoseconds, 250_000_000)

        var odd = stamp
        (odd.size, odd.seconds, odd.nanoseconds, odd.inode) = (0, -86_400, 7, UInt.max)
        XCTAssertEqual(String(odd.text), "0,-86400.7,\(UInt.max)")
    }
}
