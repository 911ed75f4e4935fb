import CICU
import Foundation
import Testing

/// The system ICU (a plain C target) runs beside Foundation's bundled ICU in one process.
@Test func systemICUWorksBesideFoundation() {
    #expect(aisle_icu_version_major() == 72)
    // Foundation's own ICU-backed code still answers in the same process.
    #expect("STRASSE".lowercased(with: Locale(identifier: "de_DE")) == "strasse")
}
