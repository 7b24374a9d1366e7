/// A PNG image decoded to 8-bit RGBA pixels: 8-bit greyscale, RGB, grey with alpha or
/// RGBA, not interlaced (what browsers write for screenshots). Chunk CRCs are not
/// checked; the image data is checked by zlib's Adler-32.
public struct PNGImage: Sendable {
    /// Why a file could not be decoded.
    public enum Failure: Error, Equatable {
        case notPNG
        case truncated
        case unsupported(String)
        case badFilter(Int)
        case badData(Inflate.Failure)
    }

    /// Width in pixels.
    public let width: Int
    /// Height in pixels.
    public let height: Int
    /// Red, green, blue, alpha of each pixel, row by row.
    public let rgba: [UInt8]

    /// Decodes a PNG file.
    public init(_ bytes: [UInt8]) throws(Failure) {
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard bytes.count >= 8, Array(bytes[0..<8]) == signature else { throw .notPNG }
        func uint32(_ offset: Int) -> Int {
            bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
        }
        var position = 8
        var header: [UInt8] = []
        var data: [UInt8] = []
        chunks: while true {
            guard position + 8 <= bytes.count else { throw .truncated }
            let length = uint32(position)
            let type = String(decoding: bytes[position + 4..<position + 8], as: UTF8.self)
            let start = position + 8
            guard start + length + 4 <= bytes.count else { throw .truncated }
            switch type {
            case "IHDR": header = Array(bytes[start..<start + length])
            case "IDAT": data += bytes[start..<start + length]
            case "IEND": break chunks
            default: break
            }
            position = start + length + 4
        }
        guard header.count == 13 else { throw .truncated }
        let width = header[0..<4].reduce(0) { $0 << 8 | Int($1) }
        let height = header[4..<8].reduce(0) { $0 << 8 | Int($1) }
        let (depth, colorType, interlace) = (header[8], header[9], header[12])
        let channels: Int
        switch colorType {
        case 0: channels = 1
        case 2: channels = 3
        case 4: channels = 2
        case 6: channels = 4
        default: throw .unsupported("colour type \(colorType)")
        }
        guard depth == 8 else { throw .unsupported("bit depth \(depth)") }
        guard interlace == 0 else { throw .unsupported("interlaced") }
        let raw: [UInt8]
        do {
            raw = try Inflate.zlib(data)
        } catch {
            throw .badData(error)
        }
        let stride = width * channels
        guard raw.count >= height * (stride + 1) else { throw .truncated }
        var pixels = [UInt8](repeating: 0, count: height * stride)
        for y in 0..<height {
            let filter = Int(raw[y * (stride + 1)])
            let row = y * (stride + 1) + 1
            for x in 0..<stride {
                let a = x >= channels ? Int(pixels[y * stride + x - channels]) : 0
                let b = y > 0 ? Int(pixels[(y - 1) * stride + x]) : 0
                let c = x >= channels && y > 0 ? Int(pixels[(y - 1) * stride + x - channels]) : 0
                let predictor: Int
                switch filter {
                case 0: predictor = 0
                case 1: predictor = a
                case 2: predictor = b
                case 3: predictor = (a + b) / 2
                case 4:
                    let p = a + b - c
                    let (pa, pb, pc) = (abs(p - a), abs(p - b), abs(p - c))
                    predictor = pa <= pb && pa <= pc ? a : (pb <= pc ? b : c)
                default: throw .badFilter(filter)
                }
                pixels[y * stride + x] = UInt8(truncatingIfNeeded: Int(raw[row + x]) + predictor)
            }
        }
        var rgba = [UInt8](repeating: 255, count: width * height * 4)
        for index in 0..<(width * height) {
            let source = index * channels
            switch channels {
            case 1, 2:
                for k in 0..<3 { rgba[index * 4 + k] = pixels[source] }
                if channels == 2 { rgba[index * 4 + 3] = pixels[source + 1] }
            default:
                for k in 0..<channels { rgba[index * 4 + k] = pixels[source + k] }
            }
        }
        self.width = width
        self.height = height
        self.rgba = rgba
    }

    /// The colour of a pixel as `0xRRGGBB`, alpha ignored.
    public func rgb(x: Int, y: Int) -> UInt32 {
        let index = (y * width + x) * 4
        return UInt32(rgba[index]) << 16 | UInt32(rgba[index + 1]) << 8 | UInt32(rgba[index + 2])
    }

    /// How many pixels have each colour (`0xRRGGBB`).
    public func histogram() -> [UInt32: Int] {
        var counts: [UInt32: Int] = [:]
        rgba.withUnsafeBufferPointer { bytes in
            var index = 0
            while index < bytes.count {
                let color =
                    UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8
                    | UInt32(bytes[index + 2])
                counts[color, default: 0] += 1
                index += 4
            }
        }
        return counts
    }
}
