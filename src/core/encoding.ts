import { msg, type Msg } from './text.ts';

/** Why a file's bytes are not UTF-8, where, and the text the loader goes on with so nothing else is lost. */
export interface EncodingProblem {
  /** `utf-16`: a UTF-16 file (with or without its byte-order mark); `gbk`: not UTF-8, but reads as GBK (GB18030); `other`: neither. */
  kind: 'utf-16' | 'gbk' | 'other';
  /** 0-based offset of the first byte that is not UTF-8 (0 for UTF-16). */
  byte: number;
  line: number;
  col: number;
  /** The text as best read: UTF-16 or GBK decoded, else UTF-8 with U+FFFD for each bad sequence. */
  text: string;
}

/** The problem with `bytes` as UTF-8, or undefined when they are UTF-8 (a UTF-8 byte-order mark is fine). */
export function checkEncoding(bytes: Uint8Array): EncodingProblem | undefined {
  const utf16 = utf16Endianness(bytes);
  if (utf16) return { kind: 'utf-16', byte: 0, line: 1, col: 1, text: decode(`utf-16${utf16}`, bytes) ?? '' };
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return undefined;
  } catch {
    // Not UTF-8: find where below.
  }
  const byte = firstInvalidUtf8(bytes);
  let lineStart = 0;
  let line = 1;
  for (let i = 0; i < byte; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const col = [...new TextDecoder('utf-8').decode(bytes.subarray(lineStart, byte))].length + 1;
  const gbk = decode('gb18030', bytes, true);
  return { kind: gbk === undefined ? 'other' : 'gbk', byte, line, col, text: gbk ?? new TextDecoder('utf-8').decode(bytes) };
}

export function encodingMessage(p: EncodingProblem): Msg {
  const resave = msg('请用 UTF-8 重新保存这个文件（编辑器的"另存为"或状态栏的编码里选 UTF-8）。', 'Save the file again as UTF-8 (choose UTF-8 under "Save as" or in the status bar of your editor).');
  if (p.kind === 'utf-16') {
    return msg(`这个文件是 UTF-16 编码保存的，不是 UTF-8：检查器和站点只读 UTF-8。${resave.zh}`, `This file is saved as UTF-16, not UTF-8: the check and the site read UTF-8 only. ${resave.en}`);
  }
  const cause = p.kind === 'gbk'
    ? msg('文件可能是 GBK 编码保存的', 'the file was probably saved as GBK')
    : msg('文件可能是用别的编码保存的，或已经损坏', 'the file was saved in another encoding, or it is damaged');
  return msg(`第 ${p.line} 行（字节 ${p.byte}）不是有效的 UTF-8：${cause.zh}。${resave.zh}`, `Line ${p.line} (byte ${p.byte}) is not valid UTF-8: ${cause.en}. ${resave.en}`);
}

function decode(label: string, bytes: Uint8Array, fatal = false): string | undefined {
  try {
    return new TextDecoder(label, { fatal }).decode(bytes);
  } catch {
    return undefined; // Not that encoding, or a Node without it (small ICU).
  }
}

/**
 * `le` or `be` for UTF-16: a byte-order mark, or (without one) text that is mostly ASCII with a zero
 * byte in every other place, which UTF-8 reads as valid text full of NUL characters.
 */
function utf16Endianness(bytes: Uint8Array): 'le' | 'be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'be';
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.4 && even === 0) return 'le';
  if (even > pairs * 0.4 && odd === 0) return 'be';
  return undefined;
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let min: number;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) [length, min] = [2, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [length, min, max] = [3, b === 0xe0 ? 0xa0 : 0x80, b === 0xed ? 0x9f : 0xbf];
    else if (b >= 0xf0 && b <= 0xf4) [length, min, max] = [4, b === 0xf0 ? 0x90 : 0x80, b === 0xf4 ? 0x8f : 0xbf];
    else return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? min : 0x80) || c > (k === 1 ? max : 0xbf)) return i;
    }
    i += length;
  }
  return bytes.length;
}

/** How many bytes `text` takes as UTF-8. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? 2 : c >= 0xdc00 && c <= 0xdfff ? 2 : 3;
  }
  return n;
}
