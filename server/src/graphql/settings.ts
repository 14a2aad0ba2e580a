import { Config, loadConfig } from '../config';

let config: Config | null = null;

/** The settings the app was started with (set by createApp; read from the environment otherwise). */
export function loadConfigOnce(): Config {
  config ??= loadConfig();
  return config;
}

export function useConfig(value: Config): void {
  config = value;
}
