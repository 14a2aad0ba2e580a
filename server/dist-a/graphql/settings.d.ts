import { Config } from '../config';
/** The settings the app was started with (set by createApp; read from the environment otherwise). */
export declare function loadConfigOnce(): Config;
export declare function useConfig(value: Config): void;
