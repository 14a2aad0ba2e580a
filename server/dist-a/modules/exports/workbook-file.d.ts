import { Writable } from 'node:stream';
/** Where registered workbooks are kept: <DATA_DIR>/exports/<project code>/<number>.xlsx. */
export declare function workbookRelativePath(projectCode: string, number: string): string;
/**
 * Writes a file through a tap that hashes and counts the bytes on their way to disk (the SHA-256 of the
 * register is the one of the bytes written, without reading the file again). The file appears under its
 * name only when complete, and read-only.
 */
export declare function writeHashedFile<T>(absolutePath: string, write: (output: Writable) => Promise<T>): Promise<{
    result: T;
    sha256: string;
    byteSize: number;
}>;
/** The SHA-256 of a file as it is on disk now. */
export declare function sha256OfFile(absolutePath: string): Promise<string>;
