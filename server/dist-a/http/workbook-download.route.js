"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.workbookDownload = workbookDownload;
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const promises_1 = require("node:stream/promises");
const shared_1 = require("@hf/shared");
const workbook_export_entity_1 = require("../modules/exports/workbook-export.entity");
const workbook_export_resolver_1 = require("../modules/exports/workbook-export.resolver");
const workbook_file_1 = require("../modules/exports/workbook-file");
const access_1 = require("../modules/users/access");
const session_cookie_1 = require("../modules/users/session-cookie");
const session_service_1 = require("../modules/users/session.service");
function refuse(res, status, code, message) {
    res.status(status).set('Cache-Control', 'no-store').json({ error: { code, message } });
}
/**
 * GET /files/workbooks/<number>.xlsx: the registered file, to staff of its project who may export
 * (cookie or bearer session) and may read its residents' data or exported it themselves. 保护客户隐私: the workbook
 * holds residents' names and phones (masked when the exporter may not read them), so anyone else
 * gets 401/403/404 and nothing is cached. The file is sent only if it still hashes to the register's SHA-256.
 */
function workbookDownload(orm, dataDir, log) {
    return async (req, res) => {
        try {
            const em = orm.em.fork();
            const token = (0, session_cookie_1.readSessionToken)(req);
            const viewer = token ? await (0, session_service_1.viewerForToken)(em, token) : null;
            if (!viewer)
                return refuse(res, 401, 'UNAUTHENTICATED', '请先登录 (sign in first)');
            const file = String(req.params.file ?? '');
            const number = file.endsWith('.xlsx') ? file.slice(0, -5) : file;
            const entry = (0, shared_1.parseWorkbookNumber)(number) ? await em.findOne(workbook_export_entity_1.WorkbookExport, { number }) : null;
            if (!entry)
                return refuse(res, 404, 'NOT_FOUND', '工作簿不存在 (no such workbook)');
            if (!(0, access_1.hasRole)(viewer, ...workbook_export_resolver_1.WORKBOOK_ROLES) || !viewer.projectIds.includes(entry.project.id)) {
                return refuse(res, 403, 'FORBIDDEN', '无权下载该工作簿 (not allowed to download this workbook)');
            }
            // a workbook shows residents' data as its exporter could see it: one made in the clear (by the project's staff)
            // is not for someone who may not read it (an auditor), who downloads the masked ones they export themselves
            if (!(0, access_1.canSeePersonalData)(viewer, entry.project.id) && entry.exportedBy.id !== viewer.user.id) {
                return refuse(res, 403, 'FORBIDDEN', '该工作簿含住户个人信息，请自行导出 (this workbook holds residents\' data; export your own)');
            }
            const absolutePath = node_path_1.default.join(dataDir, entry.filePath);
            const actual = node_fs_1.default.existsSync(absolutePath) ? await (0, workbook_file_1.sha256OfFile)(absolutePath) : null;
            if (actual !== entry.sha256) {
                log(new Error(`workbook ${entry.number}: file ${actual ? 'altered' : 'missing'} (${absolutePath})`));
                return refuse(res, 500, 'INTERNAL_SERVER_ERROR', '存档文件缺失或与登记不符 (the archived file is missing or does not match the register)');
            }
            res.status(200).set({
                'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                'Content-Disposition': `attachment; filename="${entry.number}.xlsx"`,
                'Content-Length': String(entry.byteSize),
                'Cache-Control': 'private, no-store',
                ETag: `"${entry.sha256}"`,
                'X-Content-SHA256': entry.sha256,
            });
            await (0, promises_1.pipeline)(node_fs_1.default.createReadStream(absolutePath), res);
        }
        catch (error) {
            log(error);
            if (!res.headersSent)
                refuse(res, 500, 'INTERNAL_SERVER_ERROR', '服务器内部错误 (internal error)');
            else
                res.destroy();
        }
    };
}
//# sourceMappingURL=workbook-download.route.js.map