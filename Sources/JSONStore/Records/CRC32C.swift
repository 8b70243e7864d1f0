import CChecksum

/// CRC-32C (Castagnoli), the checksum every record carries so that bit rot is detected.
///
/// Written by hand rather than taken from a library because it sits on the replay hot path
/// (every byte of every log is checksummed on open) and no package on the machine offers it.
/// The processor's CRC32 instruction is used where there is one; elsewhere slicing-by-8
/// tables process eight bytes per step.
public enum CRC32C {
  private static let hardware = rel_crc32c_hardware_available() != 0

  private static let polynomial: UInt32 = 0x82F6_3B78

  private static let tables: [[UInt32]] = {
    var tables = [[UInt32]](repeating: [UInt32](repeating: 0, count: 256), count: 8)
    for index in 0..<256 {
      var crc = UInt32(index)
      for _ in 0..<8 { crc = (crc & 1) != 0 ? (crc >> 1) ^ polynomial : crc >> 1 }
      tables[0][index] = crc
    }
    for index in 0..<256 {
      for slice in 1..<8 {
        let previous = tables[slice - 1][index]
        tables[slice][index] = (previous >> 8) ^ tables[0][Int(previous & 0xFF)]
      }
    }
    return tables
  }()

  private static let flat: [UInt32] = tables.flatMap { $0 }

  /// The checksum of `bytes`.
  public static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
    if hardware { return rel_crc32c_hardware(0, bytes.baseAddress, bytes.count) }
    return tableChecksum(bytes)
  }

  /// The table implementation, also used to test the hardware one against.
  static func tableChecksum(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
    flat.withUnsafeBufferPointer { table in
      var crc: UInt32 = 0xFFFF_FFFF
      var index = 0
      let count = bytes.count
      guard let base = bytes.baseAddress else { return 0 }
      while index + 8 <= count {
        let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
        let low = UInt32(truncatingIfNeeded: word) ^ crc
        let high = UInt32(truncatingIfNeeded: word >> 32)
        crc =
          table[7 * 256 + Int(low & 0xFF)] ^ table[6 * 256 + Int((low >> 8) & 0xFF)]
          ^ table[5 * 256 + Int((low >> 16) & 0xFF)] ^ table[4 * 256 + Int(low >> 24)]
          ^ table[3 * 256 + Int(high & 0xFF)] ^ table[2 * 256 + Int((high >> 8) & 0xFF)]
          ^ table[1 * 256 + Int((high >> 16) & 0xFF)] ^ table[Int(high >> 24)]
        index += 8
      }
      while index < count {
        crc =
          (crc >> 8)
          ^ table[Int((crc ^ UInt32(base.load(fromByteOffset: index, as: UInt8.self))) & 0xFF)]
        index += 1
      }
      return ~crc
    }
  }

  /// The checksum of a byte array.
  public static func checksum(_ bytes: [UInt8]) -> UInt32 {
    bytes.withUnsafeBytes { checksum($0) }
  }
}
