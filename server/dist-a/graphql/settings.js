"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.loadConfigOnce = loadConfigOnce;
exports.useConfig = useConfig;
const config_1 = require("../config");
let config = null;
/** The settings the app was started with (set by createApp; read from the environment otherwise). */
function loadConfigOnce() {
    config ??= (0, config_1.loadConfig)();
    return config;
}
function useConfig(value) {
    config = value;
}
//# sourceMappingURL=settings.js.map