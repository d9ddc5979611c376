export function startStaticServer(options?: { root?: string; port?: number; base?: string }): Promise<{ url: string; close: () => Promise<void> }>;
