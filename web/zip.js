// A ZIP archive of text files, stored uncompressed (method 0): small enough to need no
// library, and every unzip tool reads it. Layout per PKWARE APPNOTE.TXT 6.3.x §4.3: a local
// file header + data per file, then the central directory, then the end-of-central-directory
// record. Names are UTF-8 (general purpose flag bit 11). No ZIP64: a preview's files are tiny.
// APPNOTE 6.3.x: https://www.fileformat.info/format/zip/spec/830d418bbfa24886b277a1f8b5f59710/strings.htm

const encoder = new TextEncoder();

// CRC-32 (ISO-HDLC, reflected polynomial 0xEDB88320), as APPNOTE §4.4.7 requires.
const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes) {
  let crc = 0xFFFFFFFF;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xFF] ^ (crc >>> 8);
  return (crc ^ 0xFFFFFFFF) >>> 0;
}

// MS-DOS date and time (APPNOTE §4.4.6), local time, 2-second resolution.
function dosDateTime(date) {
  const time = (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2);
  const day = ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate();
  return { time, day };
}

/**
 * The bytes of a .zip holding `files`: [{name: 'en/email.eml', text: '…'}] (or `bytes`
 * instead of `text`). Names must be unique; '/' makes folders.
 */
export function zipFiles(files, date = new Date()) {
  const { time, day } = dosDateTime(date);
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const file of files) {
    const name = encoder.encode(file.name);
    const data = file.bytes ?? encoder.encode(file.text ?? '');
    const crc = crc32(data);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034B50, true);  // local file header signature
    local.setUint16(4, 20, true);          // version needed: 2.0
    local.setUint16(6, 0x0800, true);      // flags: UTF-8 names
    local.setUint16(8, 0, true);           // method: stored
    local.setUint16(10, time, true);
    local.setUint16(12, day, true);
    local.setUint32(14, crc, true);
    local.setUint32(18, data.length, true);  // compressed size
    local.setUint32(22, data.length, true);  // uncompressed size
    local.setUint16(26, name.length, true);
    local.setUint16(28, 0, true);          // extra field length
    locals.push(new Uint8Array(local.buffer), name, data);

    const central = new DataView(new ArrayBuffer(46));
    central.setUint32(0, 0x02014B50, true);  // central directory header signature
    central.setUint16(4, 20, true);          // version made by: 2.0, MS-DOS attributes
    central.setUint16(6, 20, true);
    central.setUint16(8, 0x0800, true);
    central.setUint16(10, 0, true);
    central.setUint16(12, time, true);
    central.setUint16(14, day, true);
    central.setUint32(16, crc, true);
    central.setUint32(20, data.length, true);
    central.setUint32(24, data.length, true);
    central.setUint16(28, name.length, true);
    // extra, comment, disk number, internal and external attributes: all 0
    central.setUint32(42, offset, true);     // where the local header starts
    centrals.push(new Uint8Array(central.buffer), name);
    offset += 30 + name.length + data.length;
  }
  const directorySize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054B50, true);      // end of central directory signature
  end.setUint16(8, files.length, true);    // entries on this disk
  end.setUint16(10, files.length, true);   // entries in all
  end.setUint32(12, directorySize, true);
  end.setUint32(16, offset, true);         // where the central directory starts
  const parts = [...locals, ...centrals, new Uint8Array(end.buffer)];
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
