export interface FixturePage {
  name: string;
  url: string;
  file: string;
}
export interface FixtureServer {
  httpPort: number;
  httpsPort: number;
  hosts: string[];
  pages: FixturePage[];
  route(url: string, body: string | Uint8Array, type?: string, headers?: Record<string, string>): void;
  log: { method: string; url: string; status: number }[];
  chromiumHostRules(): string;
  firefoxProxyPrefs(): Record<string, string | number | boolean>;
  close(): Promise<unknown>;
}
export function listFixturePages(dir?: string): FixturePage[];
export function startFixtureServer(opts?: { pages?: FixturePage[]; extraHosts?: string[] }): Promise<FixtureServer>;
