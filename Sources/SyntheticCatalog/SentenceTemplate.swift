/// A description sentence with slots, parsed once: "The {brand} {noun} is built for {use}."
///
/// Slots: `{brand}`, `{noun}`, `{adjective}`, `{feature}`, `{feature2}`, `{benefit}`, `{use}`,
/// `{warranty}`, `{category}`. A slot written with a capital first letter (`{Feature}`) has the
/// first letter of its text capitalised, for slots that open a sentence. Rendering appends
/// UTF-8 bytes, which is several times faster than appending to a `String`.
struct SentenceTemplate: Sendable {
    /// The words a sentence can draw on.
    enum Slot: String, Sendable {
        case brand, noun, adjective, feature, feature2, benefit, use, warranty, category
    }

    /// The text of every slot for one product.
    struct Values {
        let brand: String
        let noun: String
        let adjective: String
        let feature: String
        let feature2: String
        let benefit: String
        let use: String
        let warranty: String
        let category: String

        func text(for slot: Slot) -> String {
            switch slot {
            case .brand: brand
            case .noun: noun
            case .adjective: adjective
            case .feature: feature
            case .feature2: feature2
            case .benefit: benefit
            case .use: use
            case .warranty: warranty
            case .category: category
            }
        }
    }

    /// A literal run of text (UTF-8) or a slot.
    enum Segment: Sendable {
        case text([UInt8])
        case slot(Slot, capitalized: Bool)
    }

    /// The parsed segments, in order.
    let segments: [Segment]

    /// Parses `template`; an unknown or unclosed slot is a programming error and traps.
    init(_ template: String) {
        var segments: [Segment] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            if open > rest.startIndex {
                segments.append(.text(Array(rest[rest.startIndex..<open].utf8)))
            }
            guard let close = rest[open...].firstIndex(of: "}") else {
                preconditionFailure("unclosed slot in sentence template: \(template)")
            }
            let name = rest[rest.index(after: open)..<close]
            guard let slot = Slot(rawValue: name.lowercased()) else {
                preconditionFailure("unknown slot {\(name)} in sentence template: \(template)")
            }
            segments.append(.slot(slot, capitalized: name.first?.isUppercase ?? false))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty {
            segments.append(.text(Array(rest.utf8)))
        }
        self.segments = segments
    }

    /// Appends the rendered sentence to `output` as UTF-8.
    func render(into output: inout [UInt8], values: Values) {
        for segment in segments {
            switch segment {
            case .text(let bytes):
                output.append(contentsOf: bytes)
            case .slot(let slot, let capitalized):
                let start = output.count
                output.append(contentsOf: values.text(for: slot).utf8)
                if capitalized && start < output.count && output[start] >= UInt8(ascii: "a") && output[start] <= UInt8(ascii: "z") {
                    output[start] -= 32
                }
            }
        }
    }
}
