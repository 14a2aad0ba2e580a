"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SESSION_COOKIE = void 0;
exports.readSessionToken = readSessionToken;
exports.SESSION_COOKIE = 'hf_session';
/** The session token from "Authorization: Bearer …" (scripts) or the httpOnly cookie (browser). */
function readSessionToken(req) {
    const header = req.headers.authorization;
    if (header?.startsWith('Bearer '))
        return header.slice(7).trim() || null;
    const cookies = req.headers.cookie;
    if (!cookies)
        return null;
    for (const part of cookies.split(';')) {
        const [name, ...rest] = part.trim().split('=');
        if (name === exports.SESSION_COOKIE)
            return decodeURIComponent(rest.join('=')) || null;
    }
    return null;
}
//# sourceMappingURL=session-cookie.js.map