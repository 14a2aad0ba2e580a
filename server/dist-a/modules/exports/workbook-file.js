"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.workbookRelativePath = workbookRelativePath;
exports.writeHashedFile = writeHashedFile;
exports.sha256OfFile = sha256OfFile;
const node_crypto_1 = __importDefault(require("node:crypto"));
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const node_stream_1 = require("node:stream");
const promises_1 = require("node:stream/promises");
/** Where registered workbooks are kept: <DATA_DIR>/exports/<project code>/<number>.xlsx. */
function workbookRelativePath(projectCode, number) {
    return node_path_1.default.join('exports', projectCode, `${number}.xlsx`);
}
/**
 * Writes a file through a tap that hashes and counts the bytes on their way to disk (the SHA-256 of the
 * register is the one of the bytes written, without reading the file again). The file appears under its
 * name only when complete, and read-only.
 */
async function writeHashedFile(absolutePath, write) {
    node_fs_1.default.mkdirSync(node_path_1.default.dirname(absolutePath), { recursive: true });
    const partial = `${absolutePath}.${process.pid}.${node_crypto_1.default.randomBytes(4).toString('hex')}.partial`;
    const hash = node_crypto_1.default.createHash('sha256');
    let byteSize = 0;
    const tap = new node_stream_1.Transform({
        transform(chunk, _encoding, callback) {
            hash.update(chunk);
            byteSize += chunk.length;
            callback(null, chunk);
        },
    });
    const written = (0, promises_1.pipeline)(tap, node_fs_1.default.createWriteStream(partial, { flags: 'wx', mode: 0o600 }));
    try {
        const result = await write(tap);
        await written;
        node_fs_1.default.chmodSync(partial, 0o444);
        node_fs_1.default.renameSync(partial, absolutePath);
        return { result, sha256: hash.digest('hex'), byteSize };
    }
    catch (error) {
        tap.destroy();
        await written.catch(() => undefined);
        node_fs_1.default.rmSync(partial, { force: true });
        throw error;
    }
}
/** The SHA-256 of a file as it is on disk now. */
async function sha256OfFile(absolutePath) {
    const hash = node_crypto_1.default.createHash('sha256');
    await (0, promises_1.pipeline)(node_fs_1.default.createReadStream(absolutePath), hash);
    return hash.digest('hex');
}
//# sourceMappingURL=workbook-file.js.map