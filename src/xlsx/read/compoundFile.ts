/**
 * The first bytes of a stream of an OLE2 compound file (MS-CFB), found by name in its directory: enough to tell an
 * Excel 97-2003 workbook with a password to open (its Workbook stream's BOF record followed by FILEPASS, MS-XLS
 * 2.4.117) from one without. Reads only the header, the FAT sectors the header and the DIFAT chain name, the
 * directory's sectors and the stream's first sector; anything out of place gives null (the caller says what it can
 * without it). Never throws.
 */

const FREE_OR_END = 0xfffffffa;
const ENTRY_BYTES = 128;
const STREAM = 2;

/** The u32 at `offset`, or null past the end. */
function u32(bytes: Uint8Array, offset: number): number | null {
  if (offset < 0 || offset + 4 > bytes.byteLength) return null;
  return ((bytes[offset] ?? 0) | ((bytes[offset + 1] ?? 0) << 8) | ((bytes[offset + 2] ?? 0) << 16)) + (bytes[offset + 3] ?? 0) * 0x1000000;
}

function u16(bytes: Uint8Array, offset: number): number {
  return (bytes[offset] ?? 0) | ((bytes[offset + 1] ?? 0) << 8);
}

/** The sector numbers of the FAT: the header's 109, then the DIFAT chain's (each sector's last entry is the next). */
function fatSectors(bytes: Uint8Array, sectorSize: number): number[] {
  const count = u32(bytes, 0x2c) ?? 0;
  const sectors: number[] = [];
  for (let i = 0; i < 109 && sectors.length < count; i++) sectors.push(u32(bytes, 0x4c + i * 4) ?? FREE_OR_END);
  const perSector = sectorSize / 4 - 1;
  const seen = new Set<number>();
  for (let difat = u32(bytes, 0x44) ?? FREE_OR_END; difat < FREE_OR_END && sectors.length < count && !seen.has(difat); ) {
    seen.add(difat);
    const base = (difat + 1) * sectorSize;
    for (let i = 0; i < perSector && sectors.length < count; i++) sectors.push(u32(bytes, base + i * 4) ?? FREE_OR_END);
    difat = u32(bytes, base + perSector * 4) ?? FREE_OR_END;
  }
  return sectors;
}

/** The first `length` bytes of the stream named one of `names` (regular sectors only), or null. */
export function compoundStreamHead(bytes: Uint8Array, names: readonly string[], length: number): Uint8Array | null {
  const shift = u16(bytes, 0x1e);
  if (shift !== 9 && shift !== 12) return null;
  const sectorSize = 1 << shift;
  const fat = fatSectors(bytes, sectorSize);
  const next = (sector: number): number => {
    const fatSector = fat[Math.floor(sector / (sectorSize / 4))];
    if (fatSector === undefined || fatSector >= FREE_OR_END) return FREE_OR_END;
    return u32(bytes, (fatSector + 1) * sectorSize + (sector % (sectorSize / 4)) * 4) ?? FREE_OR_END;
  };
  const cutoff = u32(bytes, 0x38) ?? 4096;
  const seen = new Set<number>();
  for (let sector = u32(bytes, 0x30) ?? FREE_OR_END; sector < FREE_OR_END && !seen.has(sector); sector = next(sector)) {
    seen.add(sector);
    for (let entry = (sector + 1) * sectorSize; entry + ENTRY_BYTES <= Math.min((sector + 2) * sectorSize, bytes.byteLength); entry += ENTRY_BYTES) {
      const nameBytes = Math.min(u16(bytes, entry + 0x40), 64);
      const name = new TextDecoder('utf-16le').decode(bytes.subarray(entry, entry + Math.max(nameBytes - 2, 0)));
      if (bytes[entry + 0x42] !== STREAM || !names.includes(name)) continue;
      const start = u32(bytes, entry + 0x74) ?? FREE_OR_END;
      const size = u32(bytes, entry + 0x78) ?? 0;
      // A stream under the cutoff lives in the mini stream; a workbook is never that small.
      if (size < cutoff || start >= FREE_OR_END) return null;
      const offset = (start + 1) * sectorSize;
      const head = bytes.subarray(offset, offset + Math.min(length, sectorSize, size));
      return head.byteLength > 0 ? head : null;
    }
  }
  return null;
}

/** Whether an Excel 97-2003 workbook stream's head is a BOF record followed by FILEPASS: the file has a password to open. */
export function biffEncrypted(head: Uint8Array): boolean {
  const BOF = [0x0809, 0x0409, 0x0209, 0x0009];
  const FILEPASS = 0x002f;
  if (head.byteLength < 4 || !BOF.includes(u16(head, 0))) return false;
  const after = 4 + u16(head, 2);
  return after + 2 <= head.byteLength && u16(head, after) === FILEPASS;
}
