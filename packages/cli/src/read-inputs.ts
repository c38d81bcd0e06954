import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { UsageError } from './io.js';
import type { Message } from '@motcua/core';

/** One input file: its text, or why it could not be read. */
export type InputFile =
  | { file: string; text: string }
  | { file: string; problem: { code: string; message: Message; hint?: Message } };

const GLOB_CHARS = /[*?[\]{}]/;

/**
 * Expands the command line's files, directories (their `*.json` files) and globs into a
 * sorted list of files relative to `cwd`. A glob or directory that matches nothing is a usage
 * error; a named file that does not exist is reported per file.
 */
export async function expandInputs(args: readonly string[], cwd: string): Promise<string[]> {
  const files: string[] = [];
  for (const arg of args) {
    if (GLOB_CHARS.test(arg)) {
      const matches = await glob(arg, { cwd, onlyFiles: true, expandDirectories: false });
      if (matches.length === 0) throw new UsageError(`Không có tệp nào khớp "${arg}". / No files match "${arg}".`);
      files.push(...matches.sort());
      continue;
    }
    const info = await stat(path.resolve(cwd, arg)).catch(() => undefined);
    if (info?.isDirectory()) {
      const entries = (await readdir(path.resolve(cwd, arg))).filter((f) => f.endsWith('.json')).sort();
      if (entries.length === 0) throw new UsageError(`Thư mục "${arg}" không có tệp .json nào. / Directory "${arg}" has no .json files.`);
      files.push(...entries.map((f) => path.join(arg, f)));
    } else files.push(arg);
  }
  return [...new Set(files)];
}

/** Reads a file as strict UTF-8; a missing file, a UTF-16 file or invalid bytes come back as a problem. */
export async function readInput(file: string, cwd: string): Promise<InputFile> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path.resolve(cwd, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? { file, problem: { code: 'io.not-found', message: { vi: 'Không tìm thấy tệp.', en: 'File not found.' }, hint: { vi: 'Kiểm tra đường dẫn.', en: 'Check the path.' } } }
      : { file, problem: { code: 'io.unreadable', message: { vi: `Không đọc được tệp (${code}).`, en: `Cannot read the file (${code}).` } } };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { file, problem: { code: 'io.encoding', message: { vi: 'Tệp mã hoá UTF-16; cần UTF-8.', en: 'The file is UTF-16 encoded; UTF-8 is required.' }, hint: { vi: 'Lưu lại tệp với mã hoá UTF-8.', en: 'Save the file as UTF-8.' } } };
  }
  try {
    return { file, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { file, problem: { code: 'io.encoding', message: { vi: 'Tệp không phải UTF-8 hợp lệ (có thể là TCVN3 hoặc Windows-1258).', en: 'The file is not valid UTF-8 (it may be TCVN3 or Windows-1258).' }, hint: { vi: 'Chuyển tệp sang UTF-8.', en: 'Convert the file to UTF-8.' } } };
  }
}
